/*
 * sock_diag reader for the socket sandbox: asks the kernel (NETLINK_SOCK_DIAG, the interface
 * `ss` uses) for TCP or UDP sockets of one address family, optionally only those on the given
 * ports. Much cheaper than /proc/net/tcp, whose text generation walks and formats the whole
 * table. For TCP it also asks for the kernel's tcp_info (INET_DIAG_INFO, what `ss -i` shows).
 *
 * exports.version = 2 (1 had no family, timers or tcp_info).
 * dump(protocol: 6 | 17, ports?: number[], family?: 4 | 6) →
 *   [state, localAddr, localPort, remoteAddr, remotePort, rxQueue, txQueue,
 *    timer, expiresMs, retrans, info | null][]
 * timer: 0 none, 1 retransmit, 2 keepalive, 3 TIME_WAIT, 4 zero-window probe (persist).
 * info: a few tcp_info fields (only those the running kernel filled in), or null.
 */
#define NAPI_VERSION 8
#include <node_api.h>
#include <arpa/inet.h>
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_PORTS 64

/*
 * struct tcp_info as the kernel lays it out (include/uapi/linux/tcp.h), up to tcpi_snd_wnd
 * (Linux 6.2). Mirrored here so the build does not depend on the headers' age; a field is
 * read only when the kernel's answer is long enough to hold it.
 */
struct sd_tcp_info {
  uint8_t state, ca_state, retransmits, probes, backoff, options, wscale, flags;
  uint32_t rto, ato, snd_mss, rcv_mss;
  uint32_t unacked, sacked, lost, retrans, fackets;
  uint32_t last_data_sent, last_ack_sent, last_data_recv, last_ack_recv;
  uint32_t pmtu, rcv_ssthresh, rtt, rttvar, snd_ssthresh, snd_cwnd, advmss, reordering;
  uint32_t rcv_rtt, rcv_space;
  uint32_t total_retrans;
  uint64_t pacing_rate, max_pacing_rate, bytes_acked, bytes_received;
  uint32_t segs_out, segs_in;
  uint32_t notsent_bytes, min_rtt, data_segs_in, data_segs_out;
  uint64_t delivery_rate;
  uint64_t busy_time, rwnd_limited, sndbuf_limited;
  uint32_t delivered, delivered_ce;
  uint64_t bytes_sent, bytes_retrans;
  uint32_t dsack_dups, reord_seen;
  uint32_t rcv_ooopack;
  uint32_t snd_wnd;
};

static napi_value fail(napi_env env, const char *what) {
  char msg[160];
  snprintf(msg, sizeof msg, "sock_diag %s: %s", what, strerror(errno));
  napi_throw_error(env, NULL, msg);
  return NULL;
}

static void set_u32(napi_env env, napi_value row, uint32_t i, uint32_t v) {
  napi_value x;
  napi_create_uint32(env, v, &x);
  napi_set_element(env, row, i, x);
}

static void set_str(napi_env env, napi_value row, uint32_t i, const char *s) {
  napi_value x;
  napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &x);
  napi_set_element(env, row, i, x);
}

static void put_num(napi_env env, napi_value obj, const char *name, double v) {
  napi_value x;
  napi_create_double(env, v, &x);
  napi_set_named_property(env, obj, name, x);
}

/* Sets obj[name] = ti->field when the kernel's tcp_info (len bytes) holds that field. */
#define PUT(name, field)                                                                   \
  if (len >= offsetof(struct sd_tcp_info, field) + sizeof(((struct sd_tcp_info *)0)->field)) \
  put_num(env, obj, name, (double)ti->field)

static napi_value tcp_info_object(napi_env env, const struct sd_tcp_info *ti, size_t len) {
  napi_value obj;
  napi_create_object(env, &obj);
  PUT("probes", probes);
  PUT("backoff", backoff);
  PUT("rtoUs", rto);
  PUT("atoUs", ato);
  PUT("sndMss", snd_mss);
  PUT("rcvMss", rcv_mss);
  PUT("unacked", unacked);
  PUT("lastDataSentMs", last_data_sent);
  PUT("lastDataRecvMs", last_data_recv);
  PUT("lastAckRecvMs", last_ack_recv);
  PUT("rttUs", rtt);
  PUT("sndCwnd", snd_cwnd);
  PUT("rcvSpace", rcv_space);
  PUT("totalRetrans", total_retrans);
  PUT("bytesAcked", bytes_acked);
  PUT("bytesReceived", bytes_received);
  PUT("segsOut", segs_out);
  PUT("segsIn", segs_in);
  PUT("notsentBytes", notsent_bytes);
  PUT("dataSegsIn", data_segs_in);
  PUT("dataSegsOut", data_segs_out);
  PUT("rwndLimitedUs", rwnd_limited);
  PUT("bytesSent", bytes_sent);
  PUT("sndWnd", snd_wnd);
  return obj;
}

static napi_value Dump(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  int32_t proto = 0;
  if (argc < 1 || napi_get_value_int32(env, argv[0], &proto) != napi_ok || (proto != IPPROTO_TCP && proto != IPPROTO_UDP)) {
    napi_throw_type_error(env, NULL, "protocol must be 6 (TCP) or 17 (UDP)");
    return NULL;
  }
  uint32_t ports[MAX_PORTS];
  uint32_t nports = 0;
  if (argc >= 2) {
    bool is_array = false;
    napi_is_array(env, argv[1], &is_array);
    if (is_array) {
      uint32_t len = 0;
      napi_get_array_length(env, argv[1], &len);
      for (uint32_t i = 0; i < len && nports < MAX_PORTS; i++) {
        napi_value el;
        uint32_t p;
        napi_get_element(env, argv[1], i, &el);
        if (napi_get_value_uint32(env, el, &p) == napi_ok) ports[nports++] = p;
      }
    }
  }
  int32_t fam = 4;
  if (argc >= 3) {
    napi_valuetype t;
    napi_typeof(env, argv[2], &t);
    if (t != napi_undefined && (napi_get_value_int32(env, argv[2], &fam) != napi_ok || (fam != 4 && fam != 6))) {
      napi_throw_type_error(env, NULL, "family must be 4 or 6");
      return NULL;
    }
  }
  int af = fam == 6 ? AF_INET6 : AF_INET;

  int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
  if (fd < 0) return fail(env, "socket");
  struct {
    struct nlmsghdr nlh;
    struct inet_diag_req_v2 r;
  } req;
  memset(&req, 0, sizeof req);
  req.nlh.nlmsg_len = sizeof req;
  req.nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
  req.nlh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
  req.r.sdiag_family = (uint8_t)af;
  req.r.sdiag_protocol = (uint8_t)proto;
  req.r.idiag_states = 0xffffffffu;
  if (proto == IPPROTO_TCP) req.r.idiag_ext = 1 << (INET_DIAG_INFO - 1);
  struct sockaddr_nl sa;
  memset(&sa, 0, sizeof sa);
  sa.nl_family = AF_NETLINK;
  if (sendto(fd, &req, sizeof req, 0, (struct sockaddr *)&sa, sizeof sa) < 0) {
    close(fd);
    return fail(env, "sendto");
  }

  napi_value out;
  napi_create_array(env, &out);
  uint32_t n = 0;
  static char buf[65536];
  for (;;) {
    ssize_t len = recv(fd, buf, sizeof buf, 0);
    if (len < 0) {
      if (errno == EINTR) continue;
      close(fd);
      return fail(env, "recv");
    }
    if (len == 0) break;
    int done = 0;
    for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (unsigned)len); h = NLMSG_NEXT(h, len)) {
      if (h->nlmsg_type == NLMSG_DONE) {
        done = 1;
        break;
      }
      if (h->nlmsg_type == NLMSG_ERROR) {
        struct nlmsgerr *e = (struct nlmsgerr *)NLMSG_DATA(h);
        errno = -e->error;
        close(fd);
        return fail(env, "dump");
      }
      struct inet_diag_msg *m = (struct inet_diag_msg *)NLMSG_DATA(h);
      uint32_t sport = ntohs(m->id.idiag_sport);
      uint32_t dport = ntohs(m->id.idiag_dport);
      if (nports) {
        int keep = 0;
        for (uint32_t i = 0; i < nports && !keep; i++) keep = ports[i] == sport || ports[i] == dport;
        if (!keep) continue;
      }
      char src[INET6_ADDRSTRLEN], dst[INET6_ADDRSTRLEN];
      inet_ntop(af, m->id.idiag_src, src, sizeof src);
      inet_ntop(af, m->id.idiag_dst, dst, sizeof dst);
      napi_value row;
      napi_create_array_with_length(env, 11, &row);
      set_u32(env, row, 0, m->idiag_state);
      set_str(env, row, 1, src);
      set_u32(env, row, 2, sport);
      set_str(env, row, 3, dst);
      set_u32(env, row, 4, dport);
      set_u32(env, row, 5, m->idiag_rqueue);
      set_u32(env, row, 6, m->idiag_wqueue);
      set_u32(env, row, 7, m->idiag_timer);
      set_u32(env, row, 8, m->idiag_expires);
      set_u32(env, row, 9, m->idiag_retrans);
      napi_value infov;
      napi_get_null(env, &infov);
      int attrlen = (int)h->nlmsg_len - (int)NLMSG_LENGTH(sizeof *m);
      for (struct rtattr *a = (struct rtattr *)(m + 1); RTA_OK(a, attrlen); a = RTA_NEXT(a, attrlen)) {
        if (a->rta_type != INET_DIAG_INFO) continue;
        struct sd_tcp_info ti;
        size_t got = RTA_PAYLOAD(a);
        memset(&ti, 0, sizeof ti);
        memcpy(&ti, RTA_DATA(a), got < sizeof ti ? got : sizeof ti);
        infov = tcp_info_object(env, &ti, got);
      }
      napi_set_element(env, row, 10, infov);
      napi_set_element(env, out, n++, row);
    }
    if (done) break;
  }
  close(fd);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "dump", NAPI_AUTO_LENGTH, Dump, NULL, &fn);
  napi_set_named_property(env, exports, "dump", fn);
  napi_value version; /* 2: family argument, timers and tcp_info */
  napi_create_uint32(env, 2, &version);
  napi_set_named_property(env, exports, "version", version);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
