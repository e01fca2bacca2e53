//! Network set-up through the kernel's interfaces: the loopback ioctl of a new network
//! namespace, and rtnetlink (a NETLINK_ROUTE socket, messages built with
//! `netlink-packet-route`) for the bridges and veth pairs of user-defined networks.
//!
//! The rtnetlink functions act on the network namespace of the calling process: they are meant
//! for a helper forked by `netns::in_netns`. Their errors are the kernel's, as one short line.

use anyhow::{anyhow, bail, Context, Result};
use netlink_packet_core::{
    NetlinkBuffer, NetlinkHeader, NetlinkMessage, NetlinkPayload, NLM_F_ACK, NLM_F_CREATE,
    NLM_F_EXCL, NLM_F_REQUEST,
};
use netlink_packet_route::address::{AddressAttribute, AddressMessage};
use netlink_packet_route::link::{
    InfoData, InfoKind, InfoVeth, LinkAttribute, LinkFlags, LinkInfo, LinkMessage,
};
use netlink_packet_route::route::{
    RouteAddress, RouteAttribute, RouteHeader, RouteMessage, RouteProtocol, RouteScope, RouteType,
};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use netlink_sys::{protocols::NETLINK_ROUTE, Socket, SocketAddr};
use std::net::{IpAddr, Ipv4Addr};
use std::os::fd::AsRawFd;

/// Bring the loopback interface up (ioctl SIOCSIFFLAGS on a throwaway socket).
pub fn loopback_up() -> Result<()> {
    let sock =
        std::net::UdpSocket::bind("0.0.0.0:0").or_else(|_| std::net::UdpSocket::bind("[::]:0"))?;
    // SAFETY: ifreq is plain data; the ioctls read/write only within it.
    unsafe {
        let mut req: libc::ifreq = std::mem::zeroed();
        for (i, b) in b"lo\0".iter().enumerate() {
            req.ifr_name[i] = *b as libc::c_char;
        }
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCGIFFLAGS, &mut req) < 0 {
            return Err(std::io::Error::last_os_error().into());
        }
        req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short;
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCSIFFLAGS, &req) < 0 {
            return Err(std::io::Error::last_os_error().into());
        }
    }
    Ok(())
}

/// An rtnetlink socket in the caller's network namespace.
struct Rtnl {
    sock: Socket,
    seq: u32,
    buf: Vec<u8>,
}

/// The kernel's answer to an errno, without the "(os error N)" suffix.
fn errno_text(code: i32) -> String {
    nix::errno::Errno::from_raw(code.abs()).desc().to_string()
}

impl Rtnl {
    fn open() -> Result<Rtnl> {
        let mut sock = Socket::new(NETLINK_ROUTE).context("opening an rtnetlink socket")?;
        sock.bind_auto().context("binding an rtnetlink socket")?;
        sock.connect(&SocketAddr::new(0, 0))
            .context("connecting an rtnetlink socket")?;
        Ok(Rtnl {
            sock,
            seq: 0,
            buf: Vec::with_capacity(32 * 1024),
        })
    }

    /// Send one request (acknowledged) and wait for its answer: the reply message, if any.
    fn request(
        &mut self,
        msg: RouteNetlinkMessage,
        flags: u16,
    ) -> Result<Option<RouteNetlinkMessage>> {
        self.seq += 1;
        let mut header = NetlinkHeader::default();
        header.flags = NLM_F_REQUEST | NLM_F_ACK | flags;
        header.sequence_number = self.seq;
        let mut msg = NetlinkMessage::new(header, NetlinkPayload::from(msg));
        msg.finalize();
        let mut out = vec![0; msg.buffer_len()];
        msg.serialize(&mut out);
        self.sock.send(&out, 0).context("sending to rtnetlink")?;
        let mut reply = None;
        loop {
            self.buf.clear();
            let n = self
                .sock
                .recv(&mut self.buf, 0)
                .context("reading from rtnetlink")?;
            let mut off = 0;
            while off < n.min(self.buf.len()) {
                let part = &self.buf[off..];
                let len = NetlinkBuffer::new_checked(part)
                    .map_err(|e| anyhow!("bad rtnetlink answer: {e}"))?
                    .length() as usize;
                let m = NetlinkMessage::<RouteNetlinkMessage>::deserialize(part)
                    .map_err(|e| anyhow!("bad rtnetlink answer: {e}"))?;
                off += (len.max(16) + 3) & !3;
                if m.header.sequence_number != self.seq {
                    continue;
                }
                match m.payload {
                    NetlinkPayload::Error(e) => match e.code {
                        None => return Ok(reply),
                        Some(code) => bail!("{}", errno_text(code.get())),
                    },
                    NetlinkPayload::InnerMessage(r) => reply = Some(r),
                    NetlinkPayload::Done(_) => return Ok(reply),
                    _ => {}
                }
            }
        }
    }

    /// The index of interface `name`.
    fn index(&mut self, name: &str) -> Result<u32> {
        let mut m = LinkMessage::default();
        m.attributes.push(LinkAttribute::IfName(name.into()));
        match self.request(RouteNetlinkMessage::GetLink(m), 0)? {
            Some(RouteNetlinkMessage::NewLink(l)) => Ok(l.header.index),
            _ => bail!("no answer about interface {name}"),
        }
    }

    /// Create a link (`NLM_F_EXCL`: an existing one of that name is an error).
    fn new_link(&mut self, m: LinkMessage) -> Result<()> {
        self.request(RouteNetlinkMessage::NewLink(m), NLM_F_CREATE | NLM_F_EXCL)
            .map(drop)
    }

    fn set_up(&mut self, index: u32) -> Result<()> {
        let mut m = LinkMessage::default();
        m.header.index = index;
        m.header.flags = LinkFlags::Up;
        m.header.change_mask = LinkFlags::Up;
        self.request(RouteNetlinkMessage::SetLink(m), 0).map(drop)
    }

    fn add_address(&mut self, index: u32, addr: Ipv4Addr, prefix: u8) -> Result<()> {
        let mut m = AddressMessage::default();
        m.header.family = AddressFamily::Inet;
        m.header.prefix_len = prefix;
        m.header.index = index;
        m.attributes = vec![
            AddressAttribute::Local(IpAddr::V4(addr)),
            AddressAttribute::Address(IpAddr::V4(addr)),
        ];
        self.request(
            RouteNetlinkMessage::NewAddress(m),
            NLM_F_CREATE | NLM_F_EXCL,
        )
        .map(drop)
    }
}

/// Create bridge `name` with addresses `addrs` (address, prefix length) and bring it up.
pub fn create_bridge(name: &str, addrs: &[(Ipv4Addr, u8)]) -> Result<()> {
    let mut nl = Rtnl::open()?;
    let mut m = LinkMessage::default();
    m.attributes = vec![
        LinkAttribute::IfName(name.into()),
        LinkAttribute::LinkInfo(vec![LinkInfo::Kind(InfoKind::Bridge)]),
    ];
    nl.new_link(m)?;
    let index = nl.index(name)?;
    for (a, p) in addrs {
        nl.add_address(index, *a, *p)
            .with_context(|| format!("adding address {a}/{p} to {name}"))?;
    }
    nl.set_up(index)
        .with_context(|| format!("bringing {name} up"))
}

/// Create a veth pair: `host_if` here, up and enslaved to `bridge`; its peer `peer_if`, with
/// MAC address `peer_mac`, in the network namespace of process `peer_netns_pid`.
pub fn add_veth(
    host_if: &str,
    peer_if: &str,
    peer_mac: [u8; 6],
    peer_netns_pid: i32,
    bridge: &str,
) -> Result<()> {
    let mut nl = Rtnl::open()?;
    let bridge_index = nl
        .index(bridge)
        .with_context(|| format!("finding bridge {bridge}"))?;
    let mut peer = LinkMessage::default();
    peer.attributes = vec![
        LinkAttribute::IfName(peer_if.into()),
        LinkAttribute::Address(peer_mac.to_vec()),
        LinkAttribute::NetNsPid(peer_netns_pid as u32),
    ];
    let mut m = LinkMessage::default();
    m.header.flags = LinkFlags::Up;
    m.header.change_mask = LinkFlags::Up;
    m.attributes = vec![
        LinkAttribute::IfName(host_if.into()),
        LinkAttribute::Controller(bridge_index),
        LinkAttribute::LinkInfo(vec![
            LinkInfo::Kind(InfoKind::Veth),
            LinkInfo::Data(InfoData::Veth(InfoVeth::Peer(peer))),
        ]),
    ];
    nl.new_link(m)
}

/// Give interface `ifname` address `addr`/`prefix`, bring it up, and, with `gateway`, add a
/// default route through it.
pub fn configure(
    ifname: &str,
    addr: Ipv4Addr,
    prefix: u8,
    gateway: Option<Ipv4Addr>,
) -> Result<()> {
    let mut nl = Rtnl::open()?;
    let index = nl
        .index(ifname)
        .with_context(|| format!("finding {ifname}"))?;
    nl.add_address(index, addr, prefix)
        .with_context(|| format!("adding address {addr}/{prefix}"))?;
    nl.set_up(index)
        .with_context(|| format!("bringing {ifname} up"))?;
    if let Some(gw) = gateway {
        let mut m = RouteMessage::default();
        m.header.address_family = AddressFamily::Inet;
        m.header.table = RouteHeader::RT_TABLE_MAIN;
        m.header.protocol = RouteProtocol::Boot;
        m.header.scope = RouteScope::Universe;
        m.header.kind = RouteType::Unicast;
        m.attributes = vec![
            RouteAttribute::Gateway(RouteAddress::Inet(gw)),
            RouteAttribute::Oif(index),
        ];
        nl.request(RouteNetlinkMessage::NewRoute(m), NLM_F_CREATE | NLM_F_EXCL)
            .with_context(|| format!("adding the default route via {gw}"))?;
    }
    Ok(())
}

/// Delete interface `name` (for a veth, its peer goes too).
pub fn delete_link(name: &str) -> Result<()> {
    let mut nl = Rtnl::open()?;
    let mut m = LinkMessage::default();
    m.attributes.push(LinkAttribute::IfName(name.into()));
    nl.request(RouteNetlinkMessage::DelLink(m), 0).map(drop)
}
