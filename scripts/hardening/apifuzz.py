"""Property-based tests of the OpenAPI document with schemathesis (docs/RELIABILITY.md).

One schemathesis run per role, over the routes that role may call (x-ansim-roles), with
that role's session, plus one anonymous run over the public routes. Checks: no 5xx
(`not_a_server_error`) and every status documented for its route
(`status_code_conformance`), and the content type documented. Prints one line per run:
operations, test cases, failures. Usage (scripts/hardening/apifuzz.sh sets it up):

    apifuzz.py --ansim BIN --port PORT --log FILE [--max-examples N] [--seed S]
"""

import argparse
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ansim", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--max-examples", type=int, default=25)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--report-dir", required=True)
    args = parser.parse_args()
    accounts = harness.create_accounts(args.ansim, harness.fresh_prefix())
    server = harness.Server(args.ansim, args.port, args.log).start()
    schemathesis = os.path.join(os.path.dirname(sys.executable), "schemathesis")
    failed = 0
    rows = []
    started = time.time()
    try:
        doc = harness.openapi(args.port)
        runs = [("anonymous", None, [p for p, i in doc["paths"].items()
                                      if all("x-ansim-roles" not in op for op in i.values())])]
        for role, (name, secret) in accounts.items():
            paths = [p for p, item in doc["paths"].items()
                     if any(role in op.get("x-ansim-roles", []) for op in item.values())
                     and p != "/auth/logout"]
            runs.append((role, (name, secret), paths))
        for role, account, paths in runs:
            if not paths:
                continue
            regex = "^(" + "|".join(re.escape(p) for p in paths) + ")$"
            command = [
                schemathesis, "run", f"http://127.0.0.1:{args.port}/openapi.yaml",
                "--checks", "not_a_server_error,status_code_conformance,content_type_conformance",
                "--include-path-regex", regex, "--exclude-deprecated",
                "--phases", "examples,coverage,fuzzing", "--max-examples", str(args.max_examples),
                "--seed", str(args.seed), "--generation-database", "none", "--workers", "2",
                "--request-timeout", "60", "--no-color", "--continue-on-failure",
                "--suppress-health-check", "all", "--output-truncate", "true",
                "--report", "junit", "--report-junit-path", f"{args.report_dir}/{role}.xml",
            ]
            if account:
                # A fresh session per run (sessions idle out after 30 minutes).
                command += ["-H", f"Authorization: Bearer {harness.login(args.port, *account)}"]
            out = subprocess.run(command, capture_output=True, text=True)
            with open(f"{args.report_dir}/{role}.txt", "w") as f:
                f.write(out.stdout + out.stderr)
            cases = re.search(r"(\d+) generated", out.stdout)
            failures = re.findall(r"^_+ (.+?) _+$", out.stdout, re.MULTILINE)
            rows.append((role, len(paths), cases.group(1) if cases else "?", len(failures), out.returncode))
            failed += out.returncode != 0
    finally:
        server.stop()
    print(f"{'session':<16} {'paths':>5} {'test cases':>10} {'failing operations':>18}  exit")
    for role, paths, cases, failures, code in rows:
        print(f"{role:<16} {paths:>5} {cases:>10} {failures:>18}  {code}")
    print(f"({time.time() - started:.0f} s; reports in {args.report_dir})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
