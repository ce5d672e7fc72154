#!/usr/bin/env python3
"""Refresh the targets line and the validation block of README.md from validate.py's output."""
import os, re, subprocess, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
v = subprocess.run([sys.executable, os.path.join(OUT, "validate.py")], capture_output=True, text=True).stdout.rstrip()
t = [l.strip() for l in v.splitlines() if l.strip().startswith("targets:")][0][len("targets: "):]
p = os.path.join(OUT, "README.md"); r = open(p, encoding="utf-8").read()
r = re.sub(r"^Targets \(as counted by `validate.py`\): .*$", lambda m: "Targets (as counted by `validate.py`): " + t + ".", r, flags=re.M)
r = re.sub(r"## Validation output\n\n```\n.*?```", lambda m: "## Validation output\n\n```\n" + v + "\n```", r, flags=re.S)
open(p, "w", encoding="utf-8").write(r)
print(v.splitlines()[-1])
