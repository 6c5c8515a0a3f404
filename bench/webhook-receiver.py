"""A webhook receiver on loopback for the benchmarks: answers 200 at once and writes one line per request,
"<X-HanoiDvc-Delivery> <arrival, unix seconds>", as it arrives.   python3 webhook-receiver.py PORT FILE"""
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

out = open(sys.argv[2], "a", buffering=1)
lock = threading.Lock()


class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        arrived = time.time()
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()
        with lock:
            out.write(f"{self.headers.get('X-HanoiDvc-Delivery')} {arrived:.6f}\n")

    def log_message(self, *args):
        pass


ThreadingHTTPServer.request_queue_size = 256
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
