//! Values a template sees: JSON documents turned into Go-like values, where an object is
//! either a struct (an unknown field is an error) or a map (an unknown key is `<no value>`).

use serde_json::Value;
use std::rc::Rc;

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

#[derive(Clone, Debug)]
pub enum Val {
    /// Go's invalid value: a missing map key; prints `<no value>`.
    Missing,
    Nil,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    List(Rc<Vec<Val>>),
    Obj(Rc<Obj>),
}

#[derive(Debug)]
pub struct Obj {
    pub is_map: bool,
    pub fields: Vec<(String, Val)>,
}

fn identifier_like(k: &str) -> bool {
    let mut cs = k.chars();
    cs.next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && cs.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl Val {
    /// A template's data: a top-level object is always a struct.
    pub fn root(v: &Value) -> Val {
        match v {
            Value::Object(o) => Val::Obj(Rc::new(Obj {
                is_map: false,
                fields: o
                    .iter()
                    .map(|(k, v)| (k.clone(), Val::from_json(v, Some(k))))
                    .collect(),
            })),
            other => Val::from_json(other, None),
        }
    }

    /// `key` is the field name the value was found under.
    pub fn from_json(v: &Value, key: Option<&str>) -> Val {
        match v {
            Value::Null => Val::Nil,
            Value::Bool(b) => Val::Bool(*b),
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Val::Int(i.into())
                } else if let Some(u) = n.as_u64() {
                    Val::Int(u.into())
                } else {
                    Val::Float(n.as_f64().unwrap_or(0.0))
                }
            }
            Value::String(s) => Val::Str(s.clone()),
            Value::Array(a) => {
                Val::List(Rc::new(a.iter().map(|v| Val::from_json(v, None)).collect()))
            }
            Value::Object(o) => {
                let is_map = key.is_some_and(|k| MAP_FIELDS.contains(&k))
                    || o.is_empty()
                    || !o.keys().all(|k| identifier_like(k));
                Val::Obj(Rc::new(Obj {
                    is_map,
                    fields: o
                        .iter()
                        .map(|(k, v)| (k.clone(), Val::from_json(v, Some(k))))
                        .collect(),
                }))
            }
        }
    }

    pub fn to_json(&self) -> Value {
        match self {
            Val::Missing | Val::Nil => Value::Null,
            Val::Bool(b) => Value::Bool(*b),
            Val::Int(i) => {
                if let Ok(v) = i64::try_from(*i) {
                    Value::from(v)
                } else if let Ok(v) = u64::try_from(*i) {
                    Value::from(v)
                } else {
                    Value::from(*i as f64)
                }
            }
            Val::Float(f) => serde_json::Number::from_f64(*f)
                .map(Value::Number)
                .unwrap_or(Value::Null),
            Val::Str(s) => Value::String(s.clone()),
            Val::List(l) => Value::Array(l.iter().map(Val::to_json).collect()),
            Val::Obj(o) => Value::Object(
                o.fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_json()))
                    .collect(),
            ),
        }
    }

    /// Go's truth: false, 0, nil, empty strings, lists and maps are false.
    pub fn truth(&self) -> bool {
        match self {
            Val::Missing | Val::Nil => false,
            Val::Bool(b) => *b,
            Val::Int(i) => *i != 0,
            Val::Float(f) => *f != 0.0,
            Val::Str(s) => !s.is_empty(),
            Val::List(l) => !l.is_empty(),
            Val::Obj(o) => !o.is_map || !o.fields.is_empty(),
        }
    }

    /// The Go type named in error messages.
    pub fn type_name(&self, root_type: &str) -> String {
        match self {
            Val::Missing => "<no value>".into(),
            Val::Nil => "nil".into(),
            Val::Bool(_) => "bool".into(),
            Val::Int(_) => "int".into(),
            Val::Float(_) => "float64".into(),
            Val::Str(_) => "string".into(),
            Val::List(l) => {
                if !l.is_empty() && l.iter().all(|v| matches!(v, Val::Str(_))) {
                    "[]string".into()
                } else {
                    "[]interface {}".into()
                }
            }
            Val::Obj(o) if o.is_map => "map[string]interface {}".into(),
            Val::Obj(_) => root_type.into(),
        }
    }

    /// Go's `%v`.
    pub fn go_string(&self) -> String {
        let mut s = String::new();
        self.write_go(&mut s);
        s
    }

    fn write_go(&self, out: &mut String) {
        match self {
            Val::Missing => out.push_str("<no value>"),
            Val::Nil => out.push_str("<nil>"),
            Val::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Val::Int(i) => out.push_str(&i.to_string()),
            Val::Float(f) => out.push_str(&go_float(*f)),
            Val::Str(s) => out.push_str(s),
            Val::List(l) => {
                out.push('[');
                for (i, v) in l.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    v.write_go(out);
                }
                out.push(']');
            }
            Val::Obj(o) => {
                let mut fields: Vec<&(String, Val)> = o.fields.iter().collect();
                fields.sort_by(|a, b| a.0.cmp(&b.0));
                out.push_str("map[");
                for (i, (k, v)) in fields.into_iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    out.push_str(k);
                    out.push(':');
                    v.write_go(out);
                }
                out.push(']');
            }
        }
    }
}

/// Go's `%v` of a float64 (`strconv` 'g' with the shortest precision): the shortest digits,
/// in exponent form below 1e-4 and from 1e6.
pub fn go_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mant}e{sign}{:02}", exp.abs());
    }
    format!("{f}")
}
