# One line: what a run costs before the program does anything (start-up, load, compile, shut down).
event("hello")
