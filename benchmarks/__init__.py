"""Speed and memory figures of Catalyse (python benchmarks/run.py [GROUP…])."""
