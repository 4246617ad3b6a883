#!/usr/bin/env python3
"""A fake AWS Lambda Runtime API on 127.0.0.1 for the aws-lambda-cpp test.

Serves each event file given on the command line, in order, from
GET /2018-06-01/runtime/invocation/next, records each POSTed
.../invocation/<id>/response (or /error) as <out dir>/<index>.json, and shuts
down once every event is answered (or after --timeout seconds): the runtime
then stops retrying and run_handler returns. Prints "port <n>" when ready.

usage: fake_runtime_api.py <out dir> <event.json>...
"""
import argparse
import http.server
import json
import pathlib
import sys
import threading
import time

PREFIX = "/2018-06-01/runtime/invocation/"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir", type=pathlib.Path)
    parser.add_argument("events", nargs="+", type=pathlib.Path)
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    events = [path.read_text() for path in args.events]
    state = {"next": 0, "answered": 0}
    done = threading.Event()
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *_):
            pass

        def reply(self, status, body=b"", headers=()):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path != PREFIX + "next":
                return self.reply(404)
            with lock:
                index = state["next"]
                state["next"] += 1
            if index >= len(events):
                # Nothing more to hand out: wait for the shutdown and close the
                # connection unanswered. An answer without Content-Type would crash
                # aws-lambda-cpp (it calls strlen on the header); a failed request
                # makes it retry, find no server, and return from run_handler.
                done.wait(args.timeout)
                self.close_connection = True
                return
            deadline = int(time.time() * 1000) + 30000
            # Content-Type, the request id and the deadline are all required by aws-lambda-cpp.
            self.reply(200, events[index].encode(), [
                ("Content-Type", "application/json"),
                ("Lambda-Runtime-Aws-Request-Id", f"event-{index}"),
                ("Lambda-Runtime-Deadline-Ms", str(deadline)),
                ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:pets"),
            ])

        def do_POST(self):
            parts = self.path[len(PREFIX):].split("/")
            if not self.path.startswith(PREFIX) or len(parts) != 2 or not parts[0].startswith("event-"):
                return self.reply(404)
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            index = int(parts[0][len("event-"):])
            record = {"kind": parts[1], "payload": body.decode("utf-8", "replace")}
            (args.out_dir / f"{index}.json").write_text(json.dumps(record))
            self.reply(202, b'{"status":"OK"}', [("Content-Type", "application/json")])
            with lock:
                state["answered"] += 1
                if state["answered"] == len(events):
                    done.set()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"port {server.server_address[1]}", flush=True)
    answered_all = done.wait(args.timeout)
    server.shutdown()
    server.server_close()
    sys.exit(0 if answered_all else 1)


if __name__ == "__main__":
    main()
