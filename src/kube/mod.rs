//! Kubernetes YAML, an adapter beside the CLI: `kube play` turns Pods, Deployments (replicas
//! as pods), ConfigMaps, Secrets, PersistentVolumeClaims and Services into `PodOptions` and
//! `ContainerOptions`, validated like any front end's, and calls the engine; `kube down`
//! removes what a file made; `kube generate` writes pods and containers back as YAML.

pub mod generate;
pub mod parse;
pub mod play;
pub mod types;
