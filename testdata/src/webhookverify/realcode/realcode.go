// Package realcode: webhooks verified the way real teams write it — an
// in-house checkSign, an unknown SDK's parse-and-verify, a callback token
// compared with the configured one, a provider IP allow list, the
// fulfilment handed as a callback to a verifying SDK — stay silent;
// fail-open and partial verification, whatever the verifier, are reported.
package realcode

import (
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"

	"example.com/realcodesdk/notify"
)

//paylint:fulfillment
func markPaid(orderID string) error { return nil }

type config struct {
	AlipayPublicKey string
	CallbackToken   string
	SignKey         string
	Sandbox         bool
}

type Server struct {
	cfg    config
	alipay *notify.Client
}

var appSecret = os.Getenv("APP_SECRET")

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /pay/notify/alipay", s.alipayNotify)
	mux.HandleFunc("POST /webhooks/inhouse", s.inhouse)
	mux.HandleFunc("POST /webhooks/xendit", s.xenditToken)
	mux.HandleFunc("POST /webhooks/token", s.tokenCompare)
	mux.HandleFunc("POST /webhooks/yookassa", s.yookassaIP)
	mux.HandleFunc("POST /webhooks/sdk", s.sdkParse)
	mux.HandleFunc("POST /webhooks/sdk-callback", s.sdkCallback)
	mux.HandleFunc("POST /webhooks/local-callback", s.localCallback)
	mux.HandleFunc("POST /webhooks/guard", s.unknownGuard)
	mux.HandleFunc("POST /webhooks/inhouse-failopen", s.inhouseFailOpen)
	mux.HandleFunc("POST /webhooks/inhouse-sandbox", s.inhouseSandbox)
	mux.HandleFunc("POST /webhooks/token-failopen", s.tokenFailOpen)
	mux.HandleFunc("POST /webhooks/none", s.none)
	mux.HandleFunc("POST /webhooks/logged-sig", s.loggedSig)
	mux.HandleFunc("POST /webhooks/plain-callback", s.plainCallback)
	mux.HandleFunc("POST /webhooks/presence", s.presenceOnly)
}

// checkSign is an in-house MD5 signature of the sorted form: no HMAC, no
// name paylint knows.
func checkSign(params url.Values, key string) error {
	keys := make([]string, 0, len(params))
	for k := range params {
		if k != "sign" && k != "sign_type" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k + "=" + params.Get(k) + "&")
	}
	sum := md5.Sum([]byte(b.String() + "key=" + key))
	if hex.EncodeToString(sum[:]) != strings.ToLower(params.Get("sign")) {
		return errors.New("bad sign")
	}
	return nil
}

// sameSign compares a signature with an MD5 of body and secret.
func sameSign(sig string, body []byte, secret string) bool {
	sum := md5.Sum(append(body, secret...))
	return hex.EncodeToString(sum[:]) == sig
}

// alipayNotify: the form and the public key go to checkSign; silent.
func (s *Server) alipayNotify(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "fail", http.StatusBadRequest)
		return
	}
	if err := checkSign(r.PostForm, s.cfg.AlipayPublicKey); err != nil {
		http.Error(w, "fail", http.StatusBadRequest)
		return
	}
	if r.PostForm.Get("trade_status") == "TRADE_SUCCESS" {
		markPaid(r.PostForm.Get("out_trade_no"))
	}
	w.Write([]byte("success"))
}

// inhouse: signature header, raw body and secret; the verdict stops; silent.
func (s *Server) inhouse(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !sameSign(r.Header.Get("X-Sign"), body, appSecret) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	markPaid(string(body))
}

// xenditToken: a callback token compared in constant time; silent.
func (s *Server) xenditToken(w http.ResponseWriter, r *http.Request) {
	tok := r.Header.Get("X-Callback-Token")
	if subtle.ConstantTimeCompare([]byte(tok), []byte(s.cfg.CallbackToken)) != 1 {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	markPaid(r.FormValue("external_id"))
}

// tokenCompare: the token compared with ==; silent.
func (s *Server) tokenCompare(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Webhook-Token") != s.cfg.CallbackToken {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	markPaid(r.FormValue("order_id"))
}

var yookassaNets = []string{"185.71.76.0/27", "77.75.156.11"}

func allowed(addr string) bool {
	for _, n := range yookassaNets {
		if strings.HasPrefix(addr, n) {
			return true
		}
	}
	return false
}

// yookassaIP: only the provider's addresses get through; silent.
func (s *Server) yookassaIP(w http.ResponseWriter, r *http.Request) {
	if !allowed(r.RemoteAddr) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	markPaid(r.FormValue("order_id"))
}

// sdkParse: an SDK paylint does not know parses and verifies; silent.
func (s *Server) sdkParse(w http.ResponseWriter, r *http.Request) {
	n, err := s.alipay.ParseNotification(r)
	if err != nil {
		http.Error(w, "fail", http.StatusBadRequest)
		return
	}
	markPaid(n.OutTradeNo)
}

// sdkCallback: the fulfilment is a callback the SDK calls once verified.
func (s *Server) sdkCallback(w http.ResponseWriter, r *http.Request) {
	s.alipay.Handle(w, r, func(n *notify.Notification) error {
		return markPaid(n.OutTradeNo)
	})
}

// withVerified verifies, then calls fn.
func withVerified(w http.ResponseWriter, r *http.Request, fn func(body []byte)) {
	body, _ := io.ReadAll(r.Body)
	if !sameSign(r.Header.Get("X-Sign"), body, appSecret) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	fn(body)
}

// localCallback: a helper of this package verifies before the callback.
func (s *Server) localCallback(w http.ResponseWriter, r *http.Request) {
	withVerified(w, r, func(body []byte) { markPaid(string(body)) })
}

type guard interface{ Allow(sig string) bool }

var g guard

// unknownGuard: the signature goes to a check paylint cannot judge; silent.
func (s *Server) unknownGuard(w http.ResponseWriter, r *http.Request) {
	if !g.Allow(r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	markPaid(r.FormValue("order_id"))
}

// inhouseFailOpen: no key configured, no check.
func (s *Server) inhouseFailOpen(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if s.cfg.SignKey != "" {
		if !sameSign(r.Header.Get("X-Sign"), body, s.cfg.SignKey) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
	} else {
		log.Print("sign key not set, accepting notification")
	}
	markPaid(string(body)) // want `payment webhook /webhooks/inhouse-failopen skips signature verification when the secret is empty \(fails open\)`
}

// inhouseSandbox: the sandbox branch accepts without a check.
func (s *Server) inhouseSandbox(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.Sandbox {
		if err := checkSign(r.PostForm, s.cfg.AlipayPublicKey); err != nil {
			http.Error(w, "fail", http.StatusBadRequest)
			return
		}
	}
	markPaid(r.PostForm.Get("out_trade_no")) // want `payment webhook /webhooks/inhouse-sandbox verifies the signature only on some paths`
}

// tokenFailOpen: the token is checked only when one is configured.
func (s *Server) tokenFailOpen(w http.ResponseWriter, r *http.Request) {
	if s.cfg.CallbackToken != "" && r.Header.Get("X-Callback-Token") != s.cfg.CallbackToken {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	markPaid(r.FormValue("external_id")) // want `payment webhook /webhooks/token-failopen skips signature verification when the secret is empty`
}

// none: no check at all.
func (s *Server) none(w http.ResponseWriter, r *http.Request) {
	markPaid(r.FormValue("order_id")) // want `payment webhook /webhooks/none acts on the payment \(.*\) without verifying`
}

// loggedSig: the signature is only logged.
func (s *Server) loggedSig(w http.ResponseWriter, r *http.Request) {
	log.Printf("notification sig=%s", r.Header.Get("X-Signature"))
	markPaid(r.FormValue("order_id")) // want `payment webhook /webhooks/logged-sig acts on the payment \(.*\) without verifying`
}

// inTx runs fn; it checks nothing.
func inTx(r *http.Request, fn func() error) error { return fn() }

// plainCallback: a helper that verifies nothing calls the fulfilment.
func (s *Server) plainCallback(w http.ResponseWriter, r *http.Request) {
	inTx(r, func() error {
		return markPaid(r.FormValue("order_id")) // want `payment webhook /webhooks/plain-callback acts on the payment \(.*\) without verifying`
	})
}

// presenceOnly checks that a signature is sent, never that it is right.
func (s *Server) presenceOnly(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Signature") == "" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	markPaid(r.FormValue("order_id")) // want `payment webhook /webhooks/presence acts on the payment \(.*\) without verifying`
}
