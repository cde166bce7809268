#!/usr/bin/env python3
"""Writes the input of the dim --batch throughput measurement (BENCHMARKS.md): 200 seeded random
architectures for sigma(t) = t^2, d_0 in 2..4, L in 2..6, hidden widths in 2..8, d_L in 1..3, at most
300 weights. Usage: python3 random_r2.py > random-r2.txt"""
import random

random.seed(5)
lines = []
while len(lines) < 200:
    depth = random.randint(2, 6)
    widths = [random.randint(2, 4)] + [random.randint(2, 8) for _ in range(depth - 1)] + [random.randint(1, 3)]
    weights = sum(a * b for a, b in zip(widths, widths[1:]))
    if weights <= 300:
        lines.append(",".join(map(str, widths)) + " t^2")
print("\n".join(lines))
