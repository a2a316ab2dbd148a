package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code types} (Lib/types.py's native parts): coroutine marking, the generator, coroutine, function and method types,
 * and {@code MethodType(func, obj)}, the bound method (method_new) ExitStack binds its managers' exits with; then
 * the Python half types.py beside this class (new_class, prepare_class, resolve_bases, the other type names).
 */
public final class TypesModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    function(in, m, "coroutine", (i, a, k) -> {
      Args.count(i, "coroutine", a, k, 1, 1);
      if (a[0] instanceof PyFunction f && (f.code.flags & PyCode.CO_GENERATOR) != 0) {
        f.iterableCoroutine = true;
      }
      return i.heap.incref(a[0]);
    });
    m.dict().put(in.heap, in.key("CoroutineType"), in.types.coroutine);
    m.dict().put(in.heap, in.key("GeneratorType"), in.types.generator);
    m.dict().put(in.heap, in.key("FunctionType"), in.types.function);
    m.dict().put(in.heap, in.key("LambdaType"), in.types.function);
    m.dict().put(in.heap, in.key("MethodType"), in.types.method);
    if (in.types.method.dict.getStr("__new__") == null) {
      in.types.method.dict.put(in.heap, in.key("__new__"), new PyNativeFunction(in.types.builtinFunction, "method",
          (i, a, k) -> {
            Args.count(i, "method", a, k, 2, 2);
            if (!i.ops.isCallable(a[0])) {
              throw i.error("TypeError", "first argument must be callable");
            }
            return i.newMethod(a[0], a[1]);
          }, false));
    }
    m.dict().put(in.heap, in.key("SimpleNamespace"), simpleNamespace(in));
    m.dict().put(in.heap, in.key("MappingProxyType"), in.types.mappingproxy);
    NativeModule.runPythonHalf(in, m, "types.py"); // Lib/types.py's Python functions: new_class and its helpers
  }

  /**
   * types.SimpleNamespace (Objects/namespaceobject.c): an instance whose dict takes the keyword arguments in order;
   * its repr lists them as {@code namespace(a=1, b=2)}, in insertion order (PyPy's: sorted by name).
   */
  private static io.lifeline.interpreter.object.PyType simpleNamespace(Interp in) {
    io.lifeline.interpreter.object.PyType t = NativeModule.newType(in, "types.SimpleNamespace");
    t.layout = io.lifeline.interpreter.object.PyType.Layout.INSTANCE;
    t.dict.put(in.heap, in.key("__new__"), new PyNativeFunction(in.types.builtinFunction, "SimpleNamespace",
        (i, a, k) -> {
          int npos = Args.positional(a, k);
          if (npos > 0) {
            throw i.error("TypeError", "no positional arguments expected");
          }
          io.lifeline.interpreter.object.PyInstance ns = i.newInstance(t);
          for (int n = 0; k != null && n < k.size(); n++) {
            i.ops.genericSetattr(ns, ((io.lifeline.interpreter.object.PyStr) k.items[n]).value, a[n]);
          }
          return ns;
        }, false));
    t.slots.richcompare = (i, o, other, dunder) -> {
      // namespace_richcompare: two namespaces compare their __dict__s for == and !=; anything else is NotImplemented
      if (!(other instanceof io.lifeline.interpreter.object.PyInstance b && b.type.isSubtypeOf(t))
          || !(dunder.equals("__eq__") || dunder.equals("__ne__"))) {
        return i.heap.incref(i.types.notImplemented());
      }
      io.lifeline.interpreter.object.PyDict x = i.dictObjectOf((io.lifeline.interpreter.object.PyInstance) o);
      io.lifeline.interpreter.object.PyDict y = i.dictObjectOf(b);
      boolean eq = x == null || y == null ? (x == null ? 0 : x.size()) == (y == null ? 0 : y.size())
          : i.ops.equal(x, y);
      return i.heap.incref(i.types.bool(eq == dunder.equals("__eq__")));
    };
    t.slots.repr = (i, o) -> {
      StringBuilder b = new StringBuilder("namespace(");
      io.lifeline.interpreter.object.PyDict d = i.dictObjectOf((io.lifeline.interpreter.object.PyInstance) o);
      boolean first = true;
      java.util.List<io.lifeline.interpreter.object.PyDict.Entry> entries =
          new java.util.ArrayList<>(d == null ? java.util.List.of() : d.entries());
      if (i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING) {
        // PyPy's SimpleNamespace (app-level, pypy/module/sys) lists sorted(self.__dict__.items())
        entries.sort(java.util.Comparator.comparing(e -> ((io.lifeline.interpreter.object.PyStr) e.key).value));
      }
      for (io.lifeline.interpreter.object.PyDict.Entry e : entries) {
        b.append(first ? "" : ", ").append(((io.lifeline.interpreter.object.PyStr) e.key).value).append('=')
            .append(i.ops.reprOf(e.value));
        first = false;
      }
      return b.append(')').toString();
    };
    return t;
  }
}
