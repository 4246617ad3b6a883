#!/usr/bin/env python3
"""Load on a local server (apigw/local_server.hpp), bounded and on 127.0.0.1 only.

Sends a fixed mix of requests, each with the status it must get, from CLIENTS
concurrent clients (one keep-alive connection each) until REQUESTS have been
answered, after a warm-up. Prints the server's resident memory (VmRSS) after the
warm-up and at the end, and fails on any unexpected status, any connection
error, or memory that grew by more than --max-growth-kib.

usage: local_load.py <port> <server pid> <mix.json> [--requests N] [--clients C]
                     [--warm-up N] [--max-growth-kib K]
mix.json: [{"method", "path", "headers"?, "body"?, "status"}...]
"""
import argparse
import http.client
import json
import sys
import threading


def resident_kib(pid):
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


def client(port, mix, count, offset, errors):
    """Sends `count` requests of the mix, starting at `offset`; records what went wrong."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        for i in range(count):
            request = mix[(offset + i) % len(mix)]
            body = request.get("body")
            try:
                connection.request(request["method"], request["path"], body=body, headers=request.get("headers", {}))
                response = connection.getresponse()
                response.read()
                if response.status != request["status"]:
                    errors.append(f"{request['method']} {request['path']}: {response.status}, not {request['status']}")
            except (OSError, http.client.HTTPException) as error:
                errors.append(f"{request['method']} {request['path']}: {error!r}")
                connection.close()  # the next request opens a new connection
    finally:
        connection.close()


def run(port, mix, requests, clients):
    """`requests` requests from `clients` threads; returns the errors."""
    errors = []
    share, rest = divmod(requests, clients)
    threads = [threading.Thread(target=client, args=(port, mix, share + (i < rest), i, errors)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("pid", type=int)
    parser.add_argument("mix")
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--warm-up", type=int, default=1000)
    parser.add_argument("--max-growth-kib", type=int, default=4096)
    args = parser.parse_args()
    with open(args.mix, encoding="utf-8") as f:
        mix = json.load(f)

    errors = run(args.port, mix, args.warm_up, args.clients)
    before = resident_kib(args.pid)
    errors += run(args.port, mix, args.requests, args.clients)
    after = resident_kib(args.pid)
    for error in errors[:20]:
        print(f"FAIL {error}", file=sys.stderr)
    growth = after - before
    print(f"{args.requests} requests from {args.clients} clients (after {args.warm_up} to warm up): "
          f"{len(errors)} errors; RSS {before} KiB before, {after} KiB after ({growth:+d} KiB)")
    if growth > args.max_growth_kib:
        print(f"FAIL resident memory grew by {growth} KiB, more than {args.max_growth_kib}", file=sys.stderr)
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
