#!/usr/bin/env python3
"""Checks the deployment files offline (there is no Docker here): docker-compose.yml parses and has the shape the
API needs to run as several replicas, and deploy/nginx.conf matches it (and passes `nginx -t` when nginx is installed).
Prints one line per check and ends with "N passed, N failed"; exits non-zero on a failure.   scripts/check-deploy.py"""
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}{'' if ok or not detail else ': ' + detail}")


with open(os.path.join(ROOT, "docker-compose.yml"), encoding="utf-8") as f:
    compose = yaml.safe_load(f)
with open(os.path.join(ROOT, "deploy", "nginx.conf"), encoding="utf-8") as f:
    nginx = f.read()
services = compose["services"]
replicas = [n for n, s in services.items() if s.get("image", "").startswith("hanoidvc/api") and s.get("command") != ["migrate"]]

for name, service in services.items():
    health = service.get("healthcheck", {})
    check(f"{name}: healthcheck", bool(health.get("test")) or (health.get("disable") is True and service.get("restart") == "no"),
          "a long-running service needs a test; only a one-shot job may disable it")
    limits = service.get("deploy", {}).get("resources", {}).get("limits", {})
    check(f"{name}: cpu and memory limits", "cpus" in limits and "memory" in limits)

check("two API replicas or more", len(replicas) >= 2, f"found {replicas}")
for name in replicas:
    service = services[name]
    env = service.get("environment", {})
    check(f"{name}: waits for the migration", service.get("depends_on", {}).get("migrate", {}).get("condition") == "service_completed_successfully")
    check(f"{name}: files on the shared volume", "files:/app/data/files" in service.get("volumes", []))
    check(f"{name}: signing key from the shared secret", env.get("Jwt__SigningKey") == "${JWT_SIGNING_KEY:?set JWT_SIGNING_KEY}")
    check(f"{name}: trusts the proxies' network only", env.get("ForwardedHeaders__KnownNetworks__0")
          == compose["networks"]["backend"]["ipam"]["config"][0]["subnet"])
    check(f"{name}: behind nginx, not published", "ports" not in service)
    check(f"nginx upstream lists {name}", re.search(rf"server\s+{re.escape(name)}:8080\b", nginx) is not None)

proxy = services.get("nginx", {})
check("nginx mounts deploy/nginx.conf", "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in proxy.get("volumes", []))
check("nginx waits for healthy replicas", all(proxy.get("depends_on", {}).get(n, {}).get("condition") == "service_healthy" for n in replicas))
for header in ("X-Forwarded-For", "X-Forwarded-Proto"):
    check(f"nginx forwards {header}", f"proxy_set_header {header}" in nginx)

# The body limit matches the API's largest request: Uploads:MaxFileBytes plus FileUploadRoutes' multipart slack.
def constant(path, pattern):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        expression = re.search(pattern, f.read()).group(1)
    return eval(expression, {"__builtins__": {}})  # a product of integer literals, e.g. 10 * 1024 * 1024

api_limit = constant("src/Application/Common/Files/UploadOptions.cs", r"MaxFileBytes \{ get; set; \} = ([\d\s*]+);") \
    + constant("src/WebApi/Endpoints/FileUploadRoutes.cs", r"MultipartSlack = ([\d\s*]+);")
size = re.search(r"client_max_body_size\s+(\d+)([km]?);", nginx)
nginx_limit = int(size.group(1)) * {"": 1, "k": 1024, "m": 1024 * 1024}[size.group(2)]
check("nginx body limit just above the API's", api_limit <= nginx_limit <= api_limit + 2 * 1024 * 1024, f"nginx {nginx_limit}, API {api_limit}")


# Which location of the server block nginx picks for a request path (its documented order): the URI is percent-decoded
# and its slashes merged and dot segments resolved first; an exact match wins; then the longest prefix if it is ^~;
# then the first regular expression that matches (~* ignoring case); else the longest prefix.
def nginx_location(conf, path):
    uri = urllib.parse.unquote(path.split("?", 1)[0])
    uri = posixpath.normpath(re.sub(r"/+", "/", uri)) + ("/" if uri.endswith("/") and uri != "/" else "")
    locations = re.findall(r"location\s+(=|\^~|~\*|~)?\s*(\S+)\s*\{([^}]*)\}", conf)
    exact = [body for kind, pattern, body in locations if kind == "=" and pattern == uri]
    if exact:
        return exact[0]
    prefixes = sorted(((pattern, kind, body) for kind, pattern, body in locations if kind in ("", "^~") and uri.startswith(pattern)),
                      key=lambda p: len(p[0]), reverse=True)
    if prefixes and prefixes[0][1] == "^~":
        return prefixes[0][2]
    for kind, pattern, body in locations:
        if kind in ("~", "~*") and re.search(pattern, uri, re.IGNORECASE if kind == "~*" else 0):
            return body
    return prefixes[0][2] if prefixes else ""


# The dashboard's path matches in any case in ASP.NET (and Kestrel decodes %68): nginx must hide every spelling.
for probe in ("/hangfire", "/HANGFIRE", "/HangFire/jobs/enqueued", "//hangfire", "/%68angfire", "/x/../Hangfire/recurring"):
    check(f"nginx hides {probe}", "return 404" in nginx_location(nginx, probe), "it would reach the Hangfire dashboard")
for probe in ("/", "/api/v1/procedures", "/thu-tuc"):
    check(f"nginx proxies {probe}", "proxy_pass" in nginx_location(nginx, probe))

nginx_bin = shutil.which("nginx") or ("/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None)
if nginx_bin:
    with tempfile.TemporaryDirectory() as work:
        local = re.sub(r"server\s+api-\d+:8080", "server 127.0.0.1:9", nginx).replace("/tmp/", work + "/")
        conf = os.path.join(work, "nginx.conf")
        with open(conf, "w", encoding="utf-8") as f:
            f.write(local)
        run = subprocess.run([nginx_bin, "-t", "-q", "-p", work, "-c", conf, "-e", os.path.join(work, "error.log")],
                             capture_output=True, text=True)
        check("nginx -t accepts deploy/nginx.conf", run.returncode == 0, run.stderr.strip())
else:
    print("skip nginx -t (nginx is not installed)")

passed = sum(results)
print(f"{passed} passed, {len(results) - passed} failed")
sys.exit(0 if all(results) else 1)
