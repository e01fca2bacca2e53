//! Command-line interface: parse flags into engine options, call the engine, print results.
//! Nothing here touches the store directly.

mod args;
mod autoupdate;
mod build;
mod compose;
mod containers;
mod docs;
mod events;
mod fs;
mod generate;
mod global;
mod images;
mod kube;
mod lifecycle;
mod manage;
mod network;
mod output;
mod parse;
mod pod;
mod progress;
mod prune;
mod quadlet;
mod registry;
mod resources;
mod run;
mod systemd;
mod volume;

use crate::engine::network::namespace;
use crate::engine::{Engine, GlobalOpts};
use crate::runtime::CodedError;
use args::Command;

/// Exit status a command asks for, without an error message.
#[derive(Debug, thiserror::Error)]
#[error("exit {0}")]
pub struct ExitCode(pub i32);

pub fn main() -> i32 {
    // Helper processes of user-defined networks re-execute the binary; they need no engine.
    let argv: Vec<String> = std::env::args().collect();
    // Installed as a systemd generator (a symlink named skiff-user-generator or
    // skiff-system-generator): the Quadlet generator.
    if let Some(user) = argv.first().and_then(|a| crate::quadlet::generator_mode(a)) {
        return crate::quadlet::generator_main(&argv[1..], user);
    }
    match argv.get(1).map(String::as_str) {
        Some(namespace::HOLDER_ARG) => namespace::holder_main(),
        Some(namespace::FORWARD_ARG) => namespace::forwarder_main(&argv[2..]),
        Some(crate::runtime::podns::POD_HOLDER_ARG) => {
            crate::runtime::podns::pod_holder_main(&argv[2..])
        }
        _ => {}
    }
    let cli = match parse::parse() {
        Ok(c) => c,
        Err(e) => return parse::report(&e),
    };
    let g = match global::options(&cli.global) {
        Ok(g) => g,
        Err(r) => {
            eprintln!("{}", r.msg);
            return r.code;
        }
    };
    if cli.global.noout {
        if let Err(e) = global::silence_stdout() {
            eprintln!("Error: --noout: {e}");
            return 125;
        }
    }
    match dispatch(cli.command, &g) {
        Ok(code) => code,
        Err(e) => {
            if let Some(ExitCode(c)) = e.downcast_ref::<ExitCode>() {
                return *c;
            }
            let code = e
                .downcast_ref::<CodedError>()
                .map(|c| c.code)
                .unwrap_or(125);
            eprintln!("Error: {}", one_line(&e));
            code
        }
    }
}

/// The error chain on one line: "outer: inner: cause".
fn one_line(e: &anyhow::Error) -> String {
    format!("{e:#}").replace('\n', " ")
}

fn engine(g: &GlobalOpts) -> anyhow::Result<Engine> {
    Engine::new(g)
}

fn dispatch(cmd: Command, g: &GlobalOpts) -> anyhow::Result<i32> {
    use args::ImageCmd;
    match cmd {
        Command::Version(a) => images::version(a),
        Command::Info(a) => images::info(&engine(g)?, a),
        Command::Unshare(a) => containers::unshare(&engine(g)?, a),
        Command::Import(a) => images::import(&engine(g)?, a),
        Command::Load(a) => images::load(&engine(g)?, a),
        Command::Save(a) => images::save(&engine(g)?, a),
        Command::Images(a) => images::images(&engine(g)?, a),
        Command::Build(a) => build::build(&engine(g)?, a),
        Command::History(a) => build::history(&engine(g)?, a),
        Command::Tag(a) => images::tag(&engine(g)?, a),
        Command::Untag(a) => images::untag(&engine(g)?, a),
        Command::Rmi(a) => images::rmi(&engine(g)?, a),
        Command::Image(sub) => match sub {
            ImageCmd::Ls(a) => images::images(&engine(g)?, a),
            ImageCmd::Inspect(a) => images::inspect_images(&engine(g)?, a),
            ImageCmd::Exists(a) => images::exists(&engine(g)?, a),
            ImageCmd::Tag(a) => images::tag(&engine(g)?, a),
            ImageCmd::Untag(a) => images::untag(&engine(g)?, a),
            ImageCmd::Rm(a) => images::rmi(&engine(g)?, a),
            ImageCmd::Save(a) => images::save(&engine(g)?, a),
            ImageCmd::Load(a) => images::load(&engine(g)?, a),
            ImageCmd::Import(a) => images::import(&engine(g)?, a),
            ImageCmd::Pull(a) => registry::pull(&engine(g)?, a),
            ImageCmd::Push(a) => registry::push(&engine(g)?, a),
            ImageCmd::Prune(a) => prune::image_prune(&engine(g)?, a),
            ImageCmd::Build(a) => build::build(&engine(g)?, a),
            ImageCmd::History(a) => build::history(&engine(g)?, a),
        },
        Command::Run(a) => run::run(&engine(g)?, a),
        Command::Create(a) => run::create(&engine(g)?, a),
        Command::Start(a) => containers::start(&engine(g)?, a),
        Command::Ps(a) => containers::ps(&engine(g)?, a),
        Command::Rm(a) => containers::rm(&engine(g)?, a),
        Command::Container(sub) => match sub {
            args::ContainerCmd::Ls(a) => containers::ps(&engine(g)?, a),
            args::ContainerCmd::Rm(a) => containers::rm(&engine(g)?, a),
            args::ContainerCmd::Run(a) => run::run(&engine(g)?, a),
            args::ContainerCmd::Create(a) => run::create(&engine(g)?, a),
            args::ContainerCmd::Start(a) => containers::start(&engine(g)?, a),
            args::ContainerCmd::Inspect(a) => {
                containers::inspect(&engine(g)?, a, Some("container"))
            }
            args::ContainerCmd::Stop(a) => containers::stop(&engine(g)?, a),
            args::ContainerCmd::Exec(a) => containers::exec(&engine(g)?, a),
            args::ContainerCmd::Kill(a) => containers::kill(&engine(g)?, a),
            args::ContainerCmd::Wait(a) => containers::wait(&engine(g)?, a),
            args::ContainerCmd::Cp(a) => fs::cp(&engine(g)?, a),
            args::ContainerCmd::Diff(a) => fs::diff(&engine(g)?, a),
            args::ContainerCmd::Commit(a) => fs::commit(&engine(g)?, a),
            args::ContainerCmd::Export(a) => fs::export(&engine(g)?, a),
            args::ContainerCmd::Rename(a) => manage::rename(&engine(g)?, a),
            args::ContainerCmd::Top(a) => manage::top(&engine(g)?, a),
            args::ContainerCmd::Prune(a) => prune::container_prune(&engine(g)?, a),
            args::ContainerCmd::Logs(a) => lifecycle::logs(&engine(g)?, a),
            args::ContainerCmd::Attach(a) => lifecycle::attach(&engine(g)?, a),
            args::ContainerCmd::Restart(a) => lifecycle::restart(&engine(g)?, a),
            args::ContainerCmd::Port(a) => network::port(&engine(g)?, a),
            args::ContainerCmd::Exists(a) => containers::exists(&engine(g)?, a),
        },
        Command::Inspect(a) => containers::inspect(&engine(g)?, a, None),
        Command::Stop(a) => containers::stop(&engine(g)?, a),
        Command::Exec(a) => containers::exec(&engine(g)?, a),
        Command::Kill(a) => containers::kill(&engine(g)?, a),
        Command::Wait(a) => containers::wait(&engine(g)?, a),
        Command::Update(a) => resources::update(&engine(g)?, a),
        Command::Stats(a) => resources::stats(&engine(g)?, a),
        Command::Pause(a) => resources::pause(&engine(g)?, a, true),
        Command::Unpause(a) => resources::pause(&engine(g)?, a, false),
        Command::Pull(a) => registry::pull(&engine(g)?, a),
        Command::Push(a) => registry::push(&engine(g)?, a),
        Command::Login(a) => registry::login(a),
        Command::Logout(a) => registry::logout(a),
        Command::Cp(a) => fs::cp(&engine(g)?, a),
        Command::Diff(a) => fs::diff(&engine(g)?, a),
        Command::Commit(a) => fs::commit(&engine(g)?, a),
        Command::Export(a) => fs::export(&engine(g)?, a),
        Command::Rename(a) => manage::rename(&engine(g)?, a),
        Command::Top(a) => manage::top(&engine(g)?, a),
        Command::Healthcheck(args::HealthcheckCmd::Run { container }) => {
            crate::engine::container::health::run_once(&engine(g)?, &container)
        }
        Command::Events(a) => events::events(&engine(g)?, a),
        Command::System(c) => prune::system(&engine(g)?, c),
        Command::Logs(a) => lifecycle::logs(&engine(g)?, a),
        Command::Attach(a) => lifecycle::attach(&engine(g)?, a),
        Command::Restart(a) => lifecycle::restart(&engine(g)?, a),
        Command::ContainerMonitor(a) => lifecycle::monitor(&engine(g)?, a),
        Command::ContainerCreateJson(a) => run::create_json(&engine(g)?, a),
        Command::Port(a) => network::port(&engine(g)?, a),
        Command::Network(c) => network::network(&engine(g)?, c),
        Command::Pod(c) => pod::pod(&engine(g)?, c),
        Command::Kube(c) => kube::kube(&engine(g)?, c),
        Command::Play(c) => kube::play_cmd(&engine(g)?, c),
        Command::Volume(c) => volume::volume(&engine(g)?, c),
        Command::Quadlet(a) => quadlet::quadlet(a),
        Command::Compose(a) => compose::compose(g, a),
        Command::AutoUpdate(a) => autoupdate::auto_update(&engine(g)?, a),
        Command::Generate(c) => generate::generate(&engine(g)?, c),
        Command::Completion(a) => docs::completion(a),
        Command::GenerateManPages(a) => docs::man_pages(a),
    }
}
