#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a realistic gateway access log for the import benchmark.

usage: gen-logs.py {combined|json} SIZE_MB OUT KEYS_FILE [DAYS]

KEYS_FILE has one "key_id hint secret" per line (keys issued in the benchmark's workspace). Lines
cover one busy day in time order (DAYS days: a sparser log, with more (minute, key) rows a block):
~85 % 200, 5 % 429, 4 % 401, 2 % 403, the rest 404/500/502;
references are mostly key ids (a quoted extra field / "key_id"), some hints in $remote_user, a few
Bearer secrets and unknown ids; health checks and static files carry no key (anonymous).
"""
import random
import sys
import time

fmt, size_mb, out_path, keys_path = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
days = float(sys.argv[5]) if len(sys.argv) > 5 else 1.0
target = int(size_mb * 1_000_000)
rng = random.Random(42)
keys = [line.split() for line in open(keys_path) if line.strip()]
# Zipf-like popularity: a few keys carry most of the traffic.
weights = [1.0 / (i + 1) for i in range(len(keys))]
key_picks = rng.choices(range(len(keys)), weights, k=4096)
statuses = rng.choices([200, 429, 401, 403, 404, 500, 502], [85, 5, 4, 2, 2, 1, 1], k=4096)
paths = ["/v1/chat/completions", "/v1/embeddings", "/v1/models", "/v1/completions",
         "/v1/images/generations", "/v1/audio/transcriptions", "/v1/moderations"]
agents = ["python-requests/2.31.0", "OpenAI/Python 1.12.0", "curl/8.5.0", "Go-http-client/2.0",
          "axios/1.6.7", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Safari/537.36",
          "okhttp/4.12.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"]
methods = ["POST", "POST", "POST", "GET"]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
start = 1767225600  # 2026-01-01T00:00:00Z
# About as many lines as the size asks for, spread over the days.
lines_estimate = max(1, target // (230 if fmt == "combined" else 200))
step = days * 86400.0 / lines_estimate

written = 0
n = 0
with open(out_path, "w", buffering=8 << 20) as out:
    batch = []
    batch_bytes = 0
    while written + batch_bytes < target:
        t = start + n * step
        sec = int(t)
        tm = time.gmtime(sec)
        r = n & 4095
        key = keys[key_picks[r]]
        status = statuses[(r * 7 + n // 4096) & 4095]
        kind = (n * 2654435761 >> 7) % 100
        client = (n * 40503 >> 3) % 3000  # a few thousand clients
        ip = f"10.{client >> 8}.{client & 255}.{(client * 7) & 255}"
        path = paths[(n >> 3) % len(paths)]
        agent = agents[(n >> 5) % len(agents)]
        size = 200 + (n * 37) % 9000
        ms = (n * 13) % 900
        user, ref = "-", key[0]
        if kind < 6:  # health checks, static: no key
            path, ref, status = ("/healthz" if kind < 4 else "/static/app.js"), "-", 200
        elif kind < 12:  # basic auth with a hint
            user, ref = key[1], "-"
        elif kind < 13:  # a leaked secret in a Bearer header
            ref = "Bearer " + key[2]
        elif kind < 15:  # a key this workspace does not know
            ref = "key_" + "Unknown%09d" % (n % 100000)
        if fmt == "combined":
            stamp = f"{tm.tm_mday:02d}/{months[tm.tm_mon - 1]}/{tm.tm_year}:{tm.tm_hour:02d}:{tm.tm_min:02d}:{tm.tm_sec:02d} +0000"
            line = (f'{ip} - {user} [{stamp}] "{methods[n & 3]} {path} HTTP/1.1" {status} {size} "-" "{agent}" '
                    f'"0.{ms:03d}" "10.2.0.{n % 16}:8080" "{ref}"\n')
        else:
            stamp = f"{tm.tm_year}-{tm.tm_mon:02d}-{tm.tm_mday:02d}T{tm.tm_hour:02d}:{tm.tm_min:02d}:{tm.tm_sec:02d}.{ms:03d}Z"
            auth = ""
            if ref.startswith("Bearer "):
                auth, ref = f',"authorization":"{ref}"', ""
            key_field = f',"key_id":"{ref}"' if ref not in ("", "-") else ""
            user_field = f',"user":"{user}"' if user != "-" else ""
            line = (f'{{"ts":"{stamp}","remote":"{ip}","method":"{methods[n & 3]}","path":"{path}","status":{status},'
                    f'"bytes":{size},"duration_ms":{ms},"ua":"{agent}"{key_field}{user_field}{auth}}}\n')
        batch.append(line)
        batch_bytes += len(line)
        n += 1
        if len(batch) >= 20000:
            out.write("".join(batch))
            written += batch_bytes
            batch, batch_bytes = [], 0
    out.write("".join(batch))
print(f"{out_path}: {n} lines", file=sys.stderr)
