// Help text for every command. Kept beside the option tables in args.ts so a new flag is documented where it is parsed.

export const GLOBAL_HELP = `cloudexec: run a shell command on a fleet on Tencent TAT/Batch or Alibaba ECS/SWAS, follow it, read the results

Usage: cloudexec <command> [options]

Commands:
  run        start a command on targets and follow it to the end
  status     the state of an execution, per target
  output     the full output of an execution's targets
  cancel     stop an execution (not on aliyun-swas, which has no stop)
  agents     whether the command agent is online on each target
  providers  the providers and their limits

Common options:
  -p, --provider <id>   tencent-tat | tencent-batch | aliyun-ecs | aliyun-swas
  -r, --region <id>     e.g. ap-guangzhou, cn-hangzhou (default: the profile's or TENCENTCLOUD_REGION / ALIBABA_CLOUD_REGION_ID)
      --endpoint <url>  call this endpoint instead of the service (e.g. http://127.0.0.1:8787 for cloudexec-mock)
      --profile <name>  tccli / aliyun CLI profile to read credentials from
      --json            one JSON object per line: events, then the result
      --quiet           no progress and no table; only errors and the exit code
  -h, --help            help (cloudexec <command> --help for a command's options)

Credentials: TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (/ TENCENTCLOUD_SESSION_TOKEN), or
ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET (/ ALIBABA_CLOUD_SECURITY_TOKEN), else the profile
files of tccli (~/.tccli/<profile>.credential) and the aliyun CLI (~/.aliyun/config.json). Never printed.
With --endpoint on a loopback address and no credentials, stand-in keys are used (for the mock).

Exit codes: 0 all targets succeeded · 1 some failed, timed out or were cancelled · 2 usage or validation error
(nothing sent) · 3 the service refused (auth, quota, throttling after retries) or could not be reached ·
130 interrupted.
`;

export const COMMAND_HELP: Record<string, string> = {
  run: `Usage: cloudexec run -p <provider> -r <region> --targets <id,id,…> [options] -- <command…>

Starts the command on every target (fleets over a call's limit are split into several runs, paced under the
service's rate limit), follows it to the end and prints a table: target, status, exit code, duration, first
line of output. On a terminal a progress line is redrawn in place; otherwise one line per change.

  -t, --targets <ids>       comma-separated instance ids (repeatable); tencent-batch: one compute environment id
  -c, --command <text>      the command (or give it after --)
      --timeout <seconds>   how long the command may run (service default otherwise)
      --workdir <path>      working directory
      --user <name>         OS user that runs the command
      --param <name=value>  a {{name}} parameter value (repeatable)
      --zone <zone>         tencent-batch: availability zone of the job (e.g. ap-guangzhou-3)
      --no-wait             print the execution id and exit 0 without following
      --cancel-on-interrupt Ctrl-C cancels the remote execution without asking
Ctrl-C while following: on a terminal, asks whether to cancel the remote execution; exits 130.
`,
  status: `Usage: cloudexec status <execution-id> [--provider <id> --region <id>]

Prints the execution's state and a table of its targets. The id is what run printed
(<provider>:<region>:<id>[+<id>…]); a bare service id (inv-…, t-…, job-…) needs --provider and --region.
Exit code 0 when the execution succeeded or is still going, 1 when it ended otherwise.
`,
  output: `Usage: cloudexec output <execution-id> [--target <id>]…

Prints each target's full output under a header line. With one --target, prints that target's output alone,
as is. A note on stderr marks output the service cut off.
`,
  cancel: `Usage: cloudexec cancel <execution-id> [--target <id>]…

Stops the execution on every target (or the given ones): targets not started end cancelled, running ones are
stopped (TAT TERMINATED, ECS Terminated, Batch FAILED). aliyun-swas has no stop operation: exit 2.
`,
  agents: `Usage: cloudexec agents -p <provider> -r <region> --targets <id,id,…>

Whether the command agent (TAT agent, Cloud Assistant) is online on each target. Exit 1 when any is not.
tencent-batch has no agent of its own: exit 2.
`,
  providers: `Usage: cloudexec providers [--json]

The providers, what a target is for each, and the documented limits the CLI checks before sending.
`,
};
