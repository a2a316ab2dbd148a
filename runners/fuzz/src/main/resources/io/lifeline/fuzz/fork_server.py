# lifeline fork server: runs many programs on one interpreter, each in its own forked child.
#
# Protocol (one JSON object per line, both ways; see io.lifeline.fuzz.ForkServer):
#   request  {"op": "run", "source": str, "timeout": seconds, "shutdown": bool}
#            -> {"status", "events", "shutdown", "errorType", "errorMessage", "detail"}
#   request  {"op": "compile", "source": str}                  -> {"ok": bool, "message": str}
#
# A child behaves like a fresh `python -I program.py` for lifetime purposes: the program runs as __main__ in a
# fresh module dict, automatic gc is enabled (the program disables it itself), the server's own garbage is
# collected and the rest frozen before the fork, and `event` is installed exactly as the real backend's prelude
# does (str() of each part joined with one space; events after the body ended are shutdown events). With
# "shutdown" the child ends through the interpreter's own finalization (SystemExit), so exit-time events are
# recorded too, but the server's frames and modules are part of that shutdown: exit-time events are not claimed
# to match a fresh interpreter's. Without it the child leaves by os._exit once the body has ended (finalization
# costs more than the rest of a typical run, and shutdown events are never compared).
import builtins, gc, json, os, select, signal, sys, time

def install(fd, main_globals):
    write = os.write
    to_str = str
    join = ' '.join
    def record(kind, text):
        line = kind + text.replace('\\', '\\\\').replace('\n', '\\n') + '\n'
        write(fd, line.encode('utf-8', 'surrogatepass'))
    def event(*parts):
        record('E ', join([to_str(part) for part in parts]))
    def outlive_builtins():
        if 'event' not in main_globals:
            main_globals['event'] = event
    builtins.event = event
    return record, outlive_builtins

def child(source, shutdown, timeout, fd, devnull):
    # The server kills a child at its time limit; the alarm ends one whose server was killed first.
    signal.alarm(int(timeout) + 2)
    for target in (0, 1, 2):
        os.dup2(devnull, target)
    module = type(sys)('__main__')
    module.__dict__['__builtins__'] = builtins
    sys.modules['__main__'] = module
    record, outlive_builtins = install(fd, module.__dict__)
    gc.enable()
    try:
        exec(compile(source, 'program.py', 'exec'), module.__dict__)
    except BaseException as e:
        try:
            name, message = type(e).__name__, str(e)
        except BaseException:
            name, message = type(e).__name__, '<unprintable>'
        record('X ', name)
        record('M ', message)
        outlive_builtins()
        code = 1
    else:
        record('Z', '')
        outlive_builtins()
        code = 0
    if not shutdown:
        os._exit(code)
    # Unwinds the server's frames and finalizes the interpreter, as a script's end would.
    raise SystemExit(code)

def collect(pid, fd, timeout):
    deadline = time.monotonic() + timeout
    chunks = []
    hung = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            hung = True
            os.kill(pid, 9)
            break
        ready = select.select([fd], [], [], left)[0]
        if ready:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
    os.close(fd)
    status = os.waitpid(pid, 0)[1]
    return parse(b''.join(chunks).decode('utf-8', 'replace'), hung, status, timeout)

def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            i += 1
            out.append('\n' if s[i] == 'n' else s[i])
        else:
            out.append(c)
        i += 1
    return ''.join(out)

def parse(text, hung, status, timeout):
    events, shutdown = [], []
    ended = False
    error_type = error_message = None
    for line in text.split('\n'):
        if not line:
            continue
        kind, rest = line[0], unescape(line[2:])
        if kind == 'E':
            (shutdown if ended or error_type is not None else events).append(rest)
        elif kind == 'Z':
            ended = True
        elif kind == 'X':
            error_type = rest
        elif kind == 'M':
            error_message = rest
    reply = {'events': events, 'shutdown': shutdown, 'errorType': None, 'errorMessage': None, 'detail': ''}
    if hung:
        reply.update(status='hang', errorMessage='%gs wall clock' % timeout)
    elif ended:
        reply.update(status='completed')
    elif error_type is not None:
        reply.update(status='error', errorType=error_type, errorMessage=error_message)
    else:
        if os.WIFSIGNALED(status):
            why = 'killed by signal %d' % os.WTERMSIG(status)
        else:
            why = 'exited with status %d before the program ended' % os.WEXITSTATUS(status)
        reply.update(status='crash', errorMessage=why)
    return reply

def compile_check(source):
    try:
        compile(source, 'program.py', 'exec')
        return {'ok': True, 'message': ''}
    except SyntaxError as e:
        return {'ok': False, 'message': '%s (line %s)' % (e.msg, e.lineno)}

# The server's objects go to the permanent generation before each fork (CPython 3.7+; PyPy has no gc.freeze):
# the child's collections then skip them, which is what a fresh interpreter's heap of the same modules would
# cost, instead of touching (and so copying) every page of the inherited heap. Nothing the program makes is
# frozen, and a frozen object still keeps what it references alive, so no lifetime changes.
freeze = getattr(gc, 'freeze', lambda: None)

def serve():
    stdin = sys.stdin.buffer
    out = sys.stdout
    devnull = os.open(os.devnull, os.O_RDWR)
    while True:
        line = stdin.readline()
        if not line:
            return
        request = json.loads(line.decode('utf-8'))
        if request['op'] == 'compile':
            reply = compile_check(request['source'])
        else:
            source, timeout = request['source'], float(request['timeout'])
            shutdown = bool(request.get('shutdown'))
            read_fd, write_fd = os.pipe()
            request = line = None
            gc.collect()
            freeze()
            out.flush()
            pid = os.fork()
            if pid == 0:
                os.close(read_fd)
                child(source, shutdown, timeout, write_fd, devnull)
            os.close(write_fd)
            reply = collect(pid, read_fd, timeout)
        out.write(json.dumps(reply) + '\n')
        out.flush()

serve()
