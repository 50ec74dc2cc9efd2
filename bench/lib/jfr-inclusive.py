"""Inclusive time per frame of a JFR recording: the share of execution samples with the frame anywhere on
the stack, where `jfr view hot-methods` counts only the top frame. Usage:
    jfr print --events jdk.ExecutionSample --stack-depth 200 rec.jfr | python3 jfr-inclusive.py [regex]"""
import collections
import re
import sys

FRAME = re.compile(r"([\w.$<>]+)\(")
pattern = re.compile(sys.argv[1]) if len(sys.argv) > 1 else None
inclusive, threads = collections.Counter(), collections.Counter()
samples, stack, in_stack = 0, [], False


def flush():
    global samples
    if stack:
        samples += 1
        inclusive.update(set(stack))


for line in sys.stdin:
    text = line.strip()
    if text.startswith("jdk.ExecutionSample"):
        flush()
        stack = []
    elif text.startswith("sampledThread = "):
        threads[re.sub(r"[-#]?\d+.*$", "", text.split('"')[1])] += 1
    elif text.startswith("stackTrace = ["):
        in_stack = True
    elif in_stack and text == "]":
        in_stack = False
    elif in_stack:
        frame = FRAME.match(text)
        if frame:
            stack.append(frame.group(1))
flush()
print(f"{samples} samples; by thread: " + ", ".join(f"{name} {count}" for name, count in threads.most_common(5)))
shown = 0
for frame, count in inclusive.most_common():
    if pattern is None or pattern.search(frame):
        print(f"{100 * count / max(samples, 1):5.1f}%  {frame}")
        shown += 1
        if shown == 40:
            break
