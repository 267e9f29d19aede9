// Package mw holds webhook middleware factories and callback helpers used
// by the handler packages: the ones that verify the signature before they
// call the next handler (or the callback) get a fact; the look-alikes
// (logging, callback called first, called on failure too, verdict only
// logged) do not.
package mw

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
)

func valid(secret, body []byte, sig string) bool { // want valid:"verifier"
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

// Signed returns a literal that rejects requests whose X-Signature is not
// the HMAC of the body.
func Signed(secret []byte) func(http.Handler) http.Handler { // want Signed:"verifying middleware"
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil || !valid(secret, body, r.Header.Get("X-Signature")) {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

// SignedLocal returns a local func variable.
func SignedLocal(secret []byte) func(http.Handler) http.Handler { // want SignedLocal:"verifying middleware"
	check := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			if !valid(secret, body, r.Header.Get("X-Signature")) {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
	return check
}

type verifier struct{ secret []byte }

func (v *verifier) wrap(next http.Handler) http.Handler { // want wrap:"verifying middleware"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !valid(v.secret, body, r.Header.Get("X-Signature")) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// SignedMethod returns a method value.
func SignedMethod(secret []byte) func(http.Handler) http.Handler { // want SignedMethod:"verifying middleware"
	v := &verifier{secret: secret}
	return v.wrap
}

// Logged returns a logging middleware: it verifies nothing.
func Logged(prefix string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			log.Printf("%s %s", prefix, r.URL.Path)
			next.ServeHTTP(w, r)
		})
	}
}

// Maybe verifies only when asked to: one of its returns does not verify.
func Maybe(secret []byte, on bool) func(http.Handler) http.Handler {
	if !on {
		return Logged("webhook")
	}
	return Signed(secret)
}

// Event is the PSP's event envelope.
type Event struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	OrderID string `json:"order_id"`
}

// HandleSigned verifies the request, decodes the event and hands it to
// fn; a bad signature answers 401 and fn is never called.
func HandleSigned(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleSigned:"verifies, then calls parameter 3"
	body, err := io.ReadAll(r.Body)
	if err != nil || !valid(secret, body, r.Header.Get("X-Signature")) {
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if err := fn(ev); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// ServeSigned hands the verified request on to a handler value.
func ServeSigned(secret []byte, w http.ResponseWriter, r *http.Request, next http.HandlerFunc) { // want ServeSigned:"verifying middleware" ServeSigned:"verifies, then calls parameter 3"
	body, _ := io.ReadAll(r.Body)
	if !valid(secret, body, r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	next(w, r)
}

// HandleFirst calls fn before it verifies: the effect has happened when
// the 401 is sent.
func HandleFirst(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleFirst:"calls parameter 3 unverified"
	body, _ := io.ReadAll(r.Body)
	var ev Event
	_ = json.Unmarshal(body, &ev)
	if err := fn(ev); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if !valid(secret, body, r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// HandleAlways verifies, but calls fn on failure too.
func HandleAlways(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleAlways:"calls parameter 3 unverified"
	body, _ := io.ReadAll(r.Body)
	var ev Event
	_ = json.Unmarshal(body, &ev)
	if !valid(secret, body, r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		_ = fn(ev)
		return
	}
	_ = fn(ev)
}

// HandleLogged only logs a bad signature and carries on.
func HandleLogged(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleLogged:"calls parameter 3 unverified"
	body, _ := io.ReadAll(r.Body)
	if !valid(secret, body, r.Header.Get("X-Signature")) {
		log.Printf("bad signature")
	}
	var ev Event
	_ = json.Unmarshal(body, &ev)
	_ = fn(ev)
}

// Gate is a check paylint cannot see into.
type Gate interface {
	Allow(sig string, body []byte) bool
}

// HandleGated calls fn behind a gate on the signature the model cannot
// judge: callers stay silent.
func HandleGated(g Gate, w http.ResponseWriter, r *http.Request, fn func(Event) error) { // want HandleGated:"verifies, then calls parameter 3"
	body, _ := io.ReadAll(r.Body)
	if !g.Allow(r.Header.Get("X-Signature"), body) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev Event
	_ = json.Unmarshal(body, &ev)
	_ = fn(ev)
}

// HandleAsync verifies, then runs fn in a goroutine: the literal is made
// after the check.
func HandleAsync(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleAsync:"verifies, then calls parameter 3"
	body, _ := io.ReadAll(r.Body)
	if !valid(secret, body, r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev Event
	_ = json.Unmarshal(body, &ev)
	go func() { _ = fn(ev) }()
	w.WriteHeader(http.StatusAccepted)
}

// HandleDeferred defers fn before it verifies: it runs on failure too.
func HandleDeferred(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleDeferred:"calls parameter 3 unverified"
	body, _ := io.ReadAll(r.Body)
	var ev Event
	_ = json.Unmarshal(body, &ev)
	defer func() { _ = fn(ev) }()
	if !valid(secret, body, r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func run(f func()) { f() } // want run:"calls parameter 0 unverified"

// HandleQueued verifies, then calls fn two literals deep.
func HandleQueued(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleQueued:"verifies, then calls parameter 3"
	body, _ := io.ReadAll(r.Body)
	if !valid(secret, body, r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev Event
	_ = json.Unmarshal(body, &ev)
	go func() {
		run(func() { _ = fn(ev) })
	}()
}

// HandleVia hands fn to HandleSigned, which verifies.
func HandleVia(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleVia:"verifies, then calls parameter 3"
	HandleSigned(w, r, secret, fn)
}

// HandleViaFirst hands fn to HandleFirst, which calls it first.
func HandleViaFirst(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleViaFirst:"calls parameter 3 unverified"
	HandleFirst(w, r, secret, fn)
}

// HandleThenAlways verifies, then hands fn to HandleAlways: verified
// before the hand-on.
func HandleThenAlways(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) { // want HandleThenAlways:"verifies, then calls parameter 3"
	body, _ := io.ReadAll(r.Body)
	if !valid(secret, body, r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	HandleAlways(w, r, secret, fn)
}
