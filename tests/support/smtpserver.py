#!/usr/bin/python3
"""A real SMTP server on the loopback for Relance's tests (Debian: python3-aiosmtpd).

Prints "PORT <n>" once it listens, then stores each message it accepts as <out>/<n>.eml (the
exact bytes received, CRLF line ends) with <n>.json (envelope sender, recipients, the login used).
Options: --security starttls|tls|none, --cert/--key (a throwaway certificate made by the test),
--user/--password (AUTH required when given), --refuse ADDRESS (550 for that recipient),
--no-starttls (a server that does not offer STARTTLS).
Stops when its standard input closes (the test ends)."""
import argparse, json, os, socket, ssl, sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--out", required=True)
parser.add_argument("--security", default="starttls", choices=["starttls", "tls", "none"])
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--user")
parser.add_argument("--password")
parser.add_argument("--refuse", action="append", default=[])
parser.add_argument("--no-starttls", action="store_true")
args = parser.parse_args()


class Handler:
    count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in args.refuse:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        Handler.count += 1
        n = Handler.count
        with open(os.path.join(args.out, "%d.eml" % n), "wb") as f:
            f.write(envelope.original_content)
        login = session.auth_data.decode() if isinstance(session.auth_data, bytes) else None
        with open(os.path.join(args.out, "%d.json" % n), "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos, "login": login}, f)
        return "250 2.0.0 Ok: queued as RELANCE%04d" % n


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
        and auth_data.password.decode() == args.password
    if ok:
        return AuthResult(success=True, auth_data=auth_data.login)
    return AuthResult(success=False, handled=False)


context = None
if args.security != "none":
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()

options = dict(hostname="127.0.0.1", port=port, server_hostname="localhost")
if args.user:
    # aiosmtpd 1.4 does not count SMTPS as TLS for auth_require_tls: the port itself is TLS then.
    options.update(authenticator=authenticator, auth_required=True,
                   auth_require_tls=args.security == "starttls")
if args.security == "tls":
    options["ssl_context"] = context
elif args.security == "starttls" and not args.no_starttls:
    options.update(tls_context=context, require_starttls=True)


class TlsController(Controller):
    # The readiness probe of aiosmtpd 1.4 speaks plain TCP; with SMTPS it must speak TLS.
    def _trigger_server(self):
        if args.security != "tls":
            return super()._trigger_server()
        client = ssl.create_default_context()
        client.check_hostname = False
        client.verify_mode = ssl.CERT_NONE
        with socket.create_connection((self.hostname, self.port), 1.0) as raw:
            with client.wrap_socket(raw) as s:
                s.recv(1024)


controller = TlsController(Handler(), **options)
controller.start()
print("PORT %d" % port, flush=True)
sys.stdin.read()
controller.stop()
