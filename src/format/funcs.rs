//! The functions a template calls, registered with gotmpl: podman's (`json`, `join`, `split`,
//! `lower`, `upper`, `title`, `truncate`, `pad`) and skiff's `contains` and `replace`; an
//! `index` that knows podman's typed maps; and the hooks `tree::instrument` puts in (field
//! access with struct and map semantics, noting where execution is, the step budget).
//! Go's other builtins are gotmpl's.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

use gotmpl::{TemplateError, Value};

use super::tree::{self, Kind, Site};

/// Largest output of one execution, and largest string a function may return.
pub const MAX_OUTPUT: usize = 64 << 20;
/// Hook calls (field accesses, function calls, template calls, ranges) and `{{range}}`
/// iterations in one execution.
pub const MAX_STEPS: u64 = 1_000_000;
/// gotmpl's bound on nested `{{template}}` calls and blocks during execution.
pub const MAX_DEPTH: usize = 200;
/// gotmpl's printf panics from this `%e` precision on.
const MAX_E_PRECISION: u64 = 65535;

/// Object fields whose values are maps in podman's Go types (labels, options, ports by
/// name...): a missing key there prints `<no value>` instead of failing.
const MAP_FIELDS: &[&str] = &[
    "Annotations",
    "annotations",
    "Attributes",
    "Data",
    "DriverOpts",
    "ExposedPorts",
    "Labels",
    "labels",
    "Networks",
    "Options",
    "options",
    "PortBindings",
    "Ports",
    "StorageOpt",
    "Sysctls",
    "Tmpfs",
    "Volumes",
    "containers",
    "graphOptions",
    "interfaces",
    "ipam_options",
    "registries",
];

/// What gotmpl's values do not carry about a JSON object: whether it stands for a Go struct,
/// and its keys in document order (gotmpl's maps are sorted).
pub struct Object {
    pub is_struct: bool,
    pub keys: Vec<Arc<str>>,
}

/// One execution's state, shared by the registered functions.
#[derive(Default)]
pub struct State {
    steps: u64,
    /// The function call under way: its arguments are evaluated, its result not yet back.
    pub call: Option<usize>,
    pub last_template: Option<usize>,
    pub last_range: Option<usize>,
    /// The last field looked up was not there (so a nil printed is `<no value>`).
    missing: bool,
    /// The first error a function of ours raised, and where.
    pub error: Option<(Option<usize>, String)>,
    printf_args: HashMap<usize, Vec<Value>>,
    /// JSON objects by the address of their gotmpl map.
    objects: HashMap<usize, Object>,
    root: usize,
    root_type: String,
}

pub type Shared = Arc<Mutex<State>>;

pub fn lock(state: &Shared) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(|e| e.into_inner())
}

fn addr(m: &Arc<BTreeMap<Arc<str>, Value>>) -> usize {
    Arc::as_ptr(m) as *const () as usize
}

impl State {
    /// Starts an execution with `data` as dot; returns it as gotmpl's value. The top-level
    /// object is a struct of Go type `root_type`.
    pub fn start(&mut self, data: &serde_json::Value, root_type: &str) -> Value {
        *self = State::default();
        let v = self.convert(data, None);
        if let Value::Map(m) = &v {
            self.root = addr(m);
            if let Some(o) = self.objects.get_mut(&self.root) {
                o.is_struct = true;
            }
        }
        self.root_type = root_type.to_string();
        v
    }

    /// `key` is the field name the value was found under.
    fn convert(&mut self, v: &serde_json::Value, key: Option<&str>) -> Value {
        use serde_json::Value as J;
        match v {
            J::Null => Value::Nil,
            J::Bool(b) => Value::Bool(*b),
            J::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => Value::Int(i),
                (None, Some(u)) => Value::Uint(u),
                _ => Value::Float(n.as_f64().unwrap_or(0.0)),
            },
            J::String(s) => Value::String(s.as_str().into()),
            J::Array(a) => Value::List(a.iter().map(|v| self.convert(v, None)).collect()),
            J::Object(o) => {
                let identifier = |k: &str| {
                    let mut cs = k.chars();
                    cs.next()
                        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                        && cs.all(|c| c.is_ascii_alphanumeric() || c == '_')
                };
                let is_struct = !key.is_some_and(|k| MAP_FIELDS.contains(&k))
                    && !o.is_empty()
                    && o.keys().all(|k| identifier(k));
                let keys: Vec<Arc<str>> = o.keys().map(|k| Arc::from(k.as_str())).collect();
                let map: BTreeMap<Arc<str>, Value> = keys
                    .iter()
                    .zip(o.values())
                    .map(|(k, v)| (k.clone(), self.convert(v, Some(k))))
                    .collect();
                let map = Arc::new(map);
                self.objects.insert(addr(&map), Object { is_struct, keys });
                Value::Map(map)
            }
        }
    }

    fn fail(&mut self, site: Option<usize>, msg: String) -> TemplateError {
        self.error.get_or_insert((site, msg.clone()));
        TemplateError::Exec(msg)
    }

    fn step(&mut self, site: usize) -> Result<(), TemplateError> {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return Err(self.fail(
                Some(site),
                format!("template execution stopped after {MAX_STEPS} steps"),
            ));
        }
        Ok(())
    }

    fn object(&self, v: &Value) -> Option<&Object> {
        match v {
            Value::Map(m) => self.objects.get(&addr(m)),
            _ => None,
        }
    }

    fn is_struct(&self, v: &Value) -> bool {
        self.object(v).is_some_and(|o| o.is_struct)
    }

    /// The Go type errors name.
    fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Map(m) if self.is_struct(v) && addr(m) == self.root => self.root_type.clone(),
            _ if self.is_struct(v) => "struct".into(),
            _ => go_type(v).into(),
        }
    }

    fn to_json(&self, v: &Value) -> serde_json::Value {
        use serde_json::Value as J;
        match v {
            Value::Nil | Value::Function(_) => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::Uint(u) => J::from(*u),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            Value::String(s) => J::String(s.to_string()),
            Value::List(l) => J::Array(l.iter().map(|v| self.to_json(v)).collect()),
            Value::Map(m) => {
                let keys: Vec<&Arc<str>> = match self.object(v) {
                    Some(o) => o.keys.iter().collect(),
                    None => m.keys().collect(),
                };
                J::Object(
                    keys.into_iter()
                        .filter_map(|k| Some((k.to_string(), self.to_json(m.get(k)?))))
                        .collect(),
                )
            }
        }
    }

    /// `FIELD` hook: site, receiver, then any arguments (an error: fields take none).
    fn field(&mut self, sites: &[Site], args: &[Value]) -> Result<Value, TemplateError> {
        let id = self.site(args)?;
        self.step(id)?;
        let Some(Kind::Field(names)) = sites.get(id).map(|s| &s.kind) else {
            return Err(internal());
        };
        let mut v = args.get(1).cloned().unwrap_or(Value::Nil);
        self.missing = false;
        for (i, name) in names.iter().enumerate() {
            if i + 1 == names.len() && args.len() > 2 {
                let msg = if self.is_struct(&v) {
                    format!("{name} has arguments but cannot be invoked as function")
                } else {
                    format!("{name} is not a method but has arguments")
                };
                return Err(self.fail(Some(id), msg));
            }
            v = match &v {
                Value::Map(m) => match m.get(name.as_str()) {
                    Some(found) => found.clone(),
                    None if self.is_struct(&v) => {
                        // A struct field named as in Go while the document has its JSON name
                        // (`{{.Host.Arch}}` for "host"/"arch", `{{.NetworkInterface}}` for
                        // "network_interface").
                        let norm = |s: &str| s.replace('_', "").to_ascii_lowercase();
                        let want = norm(name);
                        match m.iter().find(|(k, _)| norm(k) == want) {
                            Some((_, found)) => found.clone(),
                            None => {
                                let msg = format!(
                                    "can't evaluate field {name} in type {}",
                                    self.type_name(&v)
                                );
                                return Err(self.fail(Some(id), msg));
                            }
                        }
                    }
                    None => {
                        self.missing = true;
                        Value::Nil
                    }
                },
                Value::Nil => {
                    self.missing = true;
                    Value::Nil
                }
                other => {
                    let msg = format!(
                        "can't evaluate field {name} in type {}",
                        self.type_name(other)
                    );
                    return Err(self.fail(Some(id), msg));
                }
            };
        }
        Ok(v)
    }

    fn site(&mut self, args: &[Value]) -> Result<usize, TemplateError> {
        match args.first() {
            Some(Value::Int(i)) => usize::try_from(*i).map_err(|_| internal()),
            _ => Err(internal()),
        }
    }

    /// `CALL` hook: the call at the site is under way. `printf`'s arguments are checked.
    fn call(&mut self, sites: &[Site], args: &[Value]) -> Result<Value, TemplateError> {
        let id = self.site(args)?;
        self.step(id)?;
        self.call = Some(id);
        let v = args.get(1).cloned().unwrap_or(Value::Nil);
        if matches!(sites.get(id).map(|s| &s.kind), Some(Kind::Call(n)) if n == "printf") {
            let mut all = self.printf_args.remove(&id).unwrap_or_default();
            all.push(v.clone());
            if let Some(msg) = printf_too_precise(&all) {
                return Err(self.fail(Some(id), format!("error calling printf: {msg}")));
            }
        }
        Ok(v)
    }

    /// `DONE` hook: the call at the site returned this value.
    fn done(&mut self, sites: &[Site], args: &[Value]) -> Result<Value, TemplateError> {
        let id = self.site(args)?;
        self.step(id)?;
        self.call = None;
        let v = args.get(1).cloned().unwrap_or(Value::Nil);
        if matches!(&v, Value::String(s) if s.len() > MAX_OUTPUT) {
            let name = match sites.get(id).map(|s| &s.kind) {
                Some(Kind::Call(n)) => n.to_string(),
                _ => String::new(),
            };
            let msg = format!(
                "error calling {name}: result exceeds {} MiB",
                MAX_OUTPUT >> 20
            );
            return Err(self.fail(Some(id), msg));
        }
        Ok(v)
    }

    /// `RANGE` hook: what `{{range}}` iterates over, as Go allows it.
    fn range(&mut self, args: &[Value]) -> Result<Value, TemplateError> {
        let id = self.site(args)?;
        self.step(id)?;
        self.last_range = Some(id);
        let v = args.get(1).cloned().unwrap_or(Value::Nil);
        match &v {
            Value::List(_) | Value::Map(_) | Value::Int(_) | Value::Uint(_) | Value::Nil => Ok(v),
            other => Err(self.fail(Some(id), format!("range can't iterate over {other}"))),
        }
    }

    /// `index` with Go's texts, a struct not indexable and the zero value of a string map.
    fn index(&self, args: &[Value]) -> Result<Value, TemplateError> {
        let Some(mut item) = args.first().cloned() else {
            return Err(arg_count("index", 1, 0));
        };
        for key in &args[1..] {
            item = match (&item, key) {
                (Value::Map(_), _) if self.is_struct(&item) => {
                    return Err(exec(format!(
                        "can't index item of type {}",
                        self.type_name(&item)
                    )))
                }
                (Value::Map(m), Value::String(k)) => match m.get(k) {
                    Some(v) => v.clone(),
                    // The zero value of a map[string]string.
                    None if m.values().all(|v| matches!(v, Value::String(_))) => {
                        Value::String("".into())
                    }
                    None => Value::Nil,
                },
                (Value::Map(_), other) => {
                    return Err(exec(format!(
                        "value has type {}; should be string",
                        go_type(other)
                    )))
                }
                (Value::List(_) | Value::String(_), Value::Int(_) | Value::Uint(_)) => {
                    item.index(key)?
                }
                (Value::List(_) | Value::String(_), Value::Nil) => {
                    return Err(exec("cannot index slice/array with nil".into()))
                }
                (Value::List(_) | Value::String(_), other) => {
                    return Err(exec(format!(
                        "cannot index slice/array with type {}",
                        go_type(other)
                    )))
                }
                (Value::Nil, _) => return Err(exec("index of untyped nil".into())),
                (other, _) => {
                    return Err(exec(format!(
                        "can't index item of type {}",
                        self.type_name(other)
                    )))
                }
            };
        }
        Ok(item)
    }
}

fn internal() -> TemplateError {
    TemplateError::Exec("internal error: bad hook call".into())
}

fn exec(msg: String) -> TemplateError {
    TemplateError::Exec(msg)
}

fn arg_count(name: &str, expected: usize, got: usize) -> TemplateError {
    TemplateError::ArgCount {
        name: name.into(),
        expected,
        got,
    }
}

/// The Go type of a value as podman's errors name it.
pub fn go_type(v: &Value) -> &'static str {
    match v {
        Value::Nil => "nil",
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Uint(_) => "uint",
        Value::Float(_) => "float64",
        Value::String(_) => "string",
        Value::List(l) if !l.is_empty() && l.iter().all(|v| matches!(v, Value::String(_))) => {
            "[]string"
        }
        Value::List(_) => "[]interface {}",
        Value::Map(_) => "map[string]interface {}",
        Value::Function(_) => "func",
    }
}

/// gotmpl's printf panics on a `%e`/`%E` precision of 65535 or more (its cap): refuse those,
/// given literally or by `*` (with any integer argument that large).
fn printf_too_precise(args: &[Value]) -> Option<String> {
    let big = |v: &Value| match v {
        Value::Int(i) => i.unsigned_abs() >= MAX_E_PRECISION,
        Value::Uint(u) => *u >= MAX_E_PRECISION,
        _ => false,
    };
    let any_big = args.iter().any(big);
    for f in args.iter().filter_map(Value::as_str) {
        let mut rest = f;
        while let Some(i) = rest.find('%') {
            rest = &rest[i + 1..];
            let spec_len = rest
                .find(|c: char| {
                    !matches!(c, '0'..='9' | '.' | '*' | '+' | '-' | '#' | ' ' | '[' | ']')
                })
                .unwrap_or(rest.len());
            let (spec, tail) = rest.split_at(spec_len);
            if tail.starts_with(['e', 'E']) {
                if let Some((_, prec)) = spec.rsplit_once('.') {
                    let digits: String = prec.chars().take_while(char::is_ascii_digit).collect();
                    let digits = digits.trim_start_matches('0');
                    let too_big = if prec.starts_with('*') {
                        any_big
                    } else {
                        digits.len() > 5
                            || digits.parse::<u64>().is_ok_and(|p| p >= MAX_E_PRECISION)
                    };
                    if too_big {
                        return Some(format!("%e precision must be below {MAX_E_PRECISION}"));
                    }
                }
            }
            rest = tail.get(1..).unwrap_or("");
        }
    }
    None
}

/// A string argument; other values as Go prints them.
fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_string(),
        other => other.to_string(),
    }
}

fn want(name: &str, args: &[Value], n: usize) -> Result<(), TemplateError> {
    if args.len() != n {
        return Err(arg_count(name, n, args.len()));
    }
    Ok(())
}

fn int_arg(v: &Value) -> Result<i64, TemplateError> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Uint(u) => Ok(i64::try_from(*u).unwrap_or(i64::MAX)),
        other => Err(TemplateError::TypeMismatch {
            expected: "int",
            got: go_type(other),
        }),
    }
}

fn string(s: String) -> Result<Value, TemplateError> {
    if s.len() > MAX_OUTPUT {
        return Err(exec(format!("result exceeds {} MiB", MAX_OUTPUT >> 20)));
    }
    Ok(Value::String(s.into()))
}

/// Go's `strings.Title`: the first letter of each word in upper case.
fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_sep = true;
    for c in s.chars() {
        if prev_sep {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev_sep = if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c == '_')
        } else {
            c.is_whitespace()
        };
    }
    out
}

/// A function that sees the execution's state and the hooks' sites.
type Hook = fn(&mut State, &[Site], &[Value]) -> Result<Value, TemplateError>;

/// Registers the hooks and functions on `t`; they share `state`, and know the hooks' `sites`.
pub fn register(t: gotmpl::Template, state: &Shared, sites: &Arc<Vec<Site>>) -> gotmpl::Template {
    let s = |f: Hook| {
        let (state, sites) = (state.clone(), sites.clone());
        move |args: &[Value]| f(&mut lock(&state), &sites, args)
    };
    t.func(tree::FIELD, s(State::field))
        .func(tree::CALL, s(State::call))
        .func(tree::DONE, s(State::done))
        .func(
            tree::TEMPLATE,
            s(|st, _, a| {
                let id = st.site(a)?;
                st.step(id)?;
                st.last_template = Some(id);
                Ok(a.get(1).cloned().unwrap_or(Value::Nil))
            }),
        )
        .func(tree::RANGE, s(|st, _, a| st.range(a)))
        .func(
            tree::ARG,
            s(|st, _, a| {
                let id = st.site(a)?;
                let v = a.get(1).cloned().unwrap_or(Value::Nil);
                st.printf_args.entry(id).or_default().push(v.clone());
                Ok(v)
            }),
        )
        .func(
            tree::SHOW,
            s(|st, _, a| {
                Ok(match a.first() {
                    Some(Value::Nil) if !st.missing => Value::String("<nil>".into()),
                    Some(v) => v.clone(),
                    None => Value::Nil,
                })
            }),
        )
        .func("index", s(|st, _, a| st.index(a)))
        .func(
            "json",
            s(|st, _, a| {
                want("json", a, 1)?;
                string(serde_json::to_string(&st.to_json(&a[0])).map_err(|e| exec(e.to_string()))?)
            }),
        )
        .func("join", |a| {
            want("join", a, 2)?;
            let sep = text(&a[1]);
            string(match &a[0] {
                Value::List(l) => l.iter().map(text).collect::<Vec<_>>().join(&sep),
                other => text(other),
            })
        })
        .func("split", |a| {
            want("split", a, 2)?;
            let (s, sep) = (text(&a[0]), text(&a[1]));
            Ok(Value::List(if sep.is_empty() {
                s.chars()
                    .map(|c| Value::String(c.to_string().into()))
                    .collect()
            } else {
                s.split(sep.as_str()).map(Value::from).collect()
            }))
        })
        .func("lower", |a| {
            want("lower", a, 1)?;
            string(text(&a[0]).to_lowercase())
        })
        .func("upper", |a| {
            want("upper", a, 1)?;
            string(text(&a[0]).to_uppercase())
        })
        .func("title", |a| {
            want("title", a, 1)?;
            string(title(&text(&a[0])))
        })
        .func("truncate", |a| {
            want("truncate", a, 2)?;
            let n = usize::try_from(int_arg(&a[1])?).unwrap_or(0);
            string(text(&a[0]).chars().take(n).collect())
        })
        .func("pad", |a| {
            want("pad", a, 3)?;
            let pre = usize::try_from(int_arg(&a[1])?).unwrap_or(0);
            let post = usize::try_from(int_arg(&a[2])?).unwrap_or(0);
            let s = text(&a[0]);
            // podman pads only what is there.
            if s.is_empty() {
                return Ok(Value::String("".into()));
            }
            if pre.saturating_add(post).saturating_add(s.len()) > MAX_OUTPUT {
                return Err(exec("padding too large".into()));
            }
            string(format!("{}{s}{}", " ".repeat(pre), " ".repeat(post)))
        })
        .func("contains", |a| {
            want("contains", a, 2)?;
            Ok(Value::Bool(text(&a[0]).contains(&text(&a[1]))))
        })
        .func("replace", |a| {
            want("replace", a, 3)?;
            let (s, from, to) = (text(&a[0]), text(&a[1]), text(&a[2]));
            let n = if from.is_empty() {
                s.chars().count() + 1
            } else {
                s.matches(from.as_str()).count()
            };
            if s.len().saturating_add(n.saturating_mul(to.len())) > MAX_OUTPUT {
                return Err(exec("result too large".into()));
            }
            string(s.replace(&from, &to))
        })
}

/// Functions a template may name: Go's builtins (gotmpl's) and the ones registered here.
pub fn is_func(name: &str) -> bool {
    matches!(
        name,
        "and"
            | "or"
            | "not"
            | "len"
            | "index"
            | "slice"
            | "print"
            | "printf"
            | "println"
            | "eq"
            | "ne"
            | "lt"
            | "le"
            | "gt"
            | "ge"
            | "html"
            | "js"
            | "urlquery"
            | "call"
            | "json"
            | "join"
            | "split"
            | "lower"
            | "upper"
            | "title"
            | "truncate"
            | "pad"
            | "contains"
            | "replace"
    )
}
