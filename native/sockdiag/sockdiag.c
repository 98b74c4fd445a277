/*
 * sock_diag reader for the socket sandbox: asks the kernel (NETLINK_SOCK_DIAG, the interface
 * `ss` uses) for IPv4 TCP or UDP sockets, optionally only those on the given ports. Much
 * cheaper than /proc/net/tcp, whose text generation walks and formats the whole table.
 * dump(protocol: 6 | 17, ports?: number[]) → [state, localAddr, localPort, remoteAddr, remotePort, rxQueue, txQueue][]
 */
#define NAPI_VERSION 8
#include <node_api.h>
#include <arpa/inet.h>
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_PORTS 64

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

static napi_value Dump(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
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
  req.r.sdiag_family = AF_INET;
  req.r.sdiag_protocol = (uint8_t)proto;
  req.r.idiag_states = 0xffffffffu;
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
      char src[INET_ADDRSTRLEN], dst[INET_ADDRSTRLEN];
      inet_ntop(AF_INET, m->id.idiag_src, src, sizeof src);
      inet_ntop(AF_INET, m->id.idiag_dst, dst, sizeof dst);
      napi_value row;
      napi_create_array_with_length(env, 7, &row);
      set_u32(env, row, 0, m->idiag_state);
      set_str(env, row, 1, src);
      set_u32(env, row, 2, sport);
      set_str(env, row, 3, dst);
      set_u32(env, row, 4, dport);
      set_u32(env, row, 5, m->idiag_rqueue);
      set_u32(env, row, 6, m->idiag_wqueue);
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
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
