# Included by the programs whose header says `# includes: a_n.py`: an object that reports its death with its name.
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("__del__", self.n)
