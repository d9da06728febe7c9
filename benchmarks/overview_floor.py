"""Floor for the overview benchmark: find every plan file under DIR and json.load it.

    python benchmarks/overview_floor.py DIR
"""

import json
import os
import sys

count = 0
for root, _dirs, files in os.walk(sys.argv[1]):
    for name in files:
        if name.endswith(".oppfplan"):
            with open(os.path.join(root, name), "rb") as stream:
                json.load(stream)
            count += 1
print(count)
