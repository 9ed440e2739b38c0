"""A WARC header gzip bomb (issue 12: 1.7 GB RSS): header lines are bounded, E111, small RSS."""
from __future__ import annotations

import os
import subprocess
import sys
import zlib

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The child's peak RSS from VmHWM: ru_maxrss survives exec on Linux, so it would count the
# (large) test process that started the child.
CHILD = """
import re, sys
from conflictwatch.ingest import read_paths
items = list(read_paths([sys.argv[1]], published="2024-01-01"))
print(",".join(getattr(i, "code", "report") for i in items))
status = open("/proc/self/status").read()
print(int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) // 1024)
"""


def _bomb(path, mib: int, *, many_lines: bool) -> None:
    c = zlib.compressobj(9, zlib.DEFLATED, 31)           # one gzip member
    out = [c.compress(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.example/\r\n")]
    chunk = (b"X-A: b\r\n" * (1 << 17)) if many_lines else b"a" * (1 << 20)
    if not many_lines:
        out.append(c.compress(b"X-Bomb: "))
    for _ in range(mib):
        out.append(c.compress(chunk))
    out += [c.compress(b"\r\n\r\n"), c.flush()]
    path.write_bytes(b"".join(out))


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
@pytest.mark.parametrize("many_lines", [False, True])
def test_header_gzip_bomb_is_e111_in_bounded_memory(tmp_path, many_lines):
    path = tmp_path / "bomb.warc.gz"
    _bomb(path, 512, many_lines=many_lines)          # 512 MiB of header from ~0.5 MB of gzip
    assert path.stat().st_size < 2_000_000
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": ROOT})
    assert out.returncode == 0, out.stderr[-2000:]
    codes, rss_mib = out.stdout.split()
    assert codes == "E111"
    assert int(rss_mib) < 300, f"{rss_mib} MiB"
