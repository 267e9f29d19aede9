// Package members: a net/http server whose router is an if-chain on the
// request's method and path (package variables), wrapping its own
// handler type in guards before handing the request on.
package members

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"regexp"
)

type session struct{ User string }

// action is the server's own handler type.
type action func(http.ResponseWriter, *http.Request, *session) error

var (
	paddleHookPath = "/members/paddle/webhook"
	queuedHookPath = "/members/paddle/webhook/queued"
	receiptPath    = regexp.MustCompile(`^/members/receipts/[0-9]+$`)
	errUnavailable = errors.New("billing is off")
	errBadSig      = errors.New("bad signature")
)

// Server serves the members API.
type Server struct {
	billing bool
	secret  []byte
	crm     *http.Client
	jobs    chan []byte
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := s.route(w, r, &session{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func (s *Server) route(w http.ResponseWriter, r *http.Request, sess *session) error {
	if r.Method == http.MethodPost && r.URL.Path == paddleHookPath {
		return s.needBilling(s.traced(s.paddleHook))(w, r, sess)
	} else if r.Method == http.MethodPost && r.URL.Path == queuedHookPath {
		return s.needBilling(s.paddleHookQueued)(w, r, sess)
	} else if r.Method == http.MethodPost && receiptPath.MatchString(r.URL.Path) {
		return s.receiptHook(w, r, sess)
	}
	http.NotFound(w, r)
	return nil
}

func (s *Server) needBilling(next action) action {
	return func(w http.ResponseWriter, r *http.Request, sess *session) error {
		if !s.billing {
			return errUnavailable
		}
		return next(w, r, sess)
	}
}

func (s *Server) traced(next action) action {
	return func(w http.ResponseWriter, r *http.Request, sess *session) error {
		w.Header().Set("X-Trace", "1")
		return next(w, r, sess)
	}
}

func (s *Server) signed(r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	mac := hmac.New(sha256.New, s.secret)
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("Paddle-Signature"))) {
		return nil, errBadSig
	}
	return body, nil
}

// paddleHook tells the CRM about the payment before it answers.
func (s *Server) paddleHook(w http.ResponseWriter, r *http.Request, sess *session) error {
	body, err := s.signed(r)
	if err != nil {
		return err
	}
	resp, err := s.crm.Post("https://crm.example.com/api/deals", "application/json", bytes.NewReader(body)) // want `webhook handler calls an external API \(http.Client.Post\) before answering`
	if err != nil {
		return err
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusOK)
	return nil
}

// paddleHookQueued hands the event to a worker and answers (silent).
func (s *Server) paddleHookQueued(w http.ResponseWriter, r *http.Request, sess *session) error {
	body, err := s.signed(r)
	if err != nil {
		return err
	}
	s.jobs <- body
	w.WriteHeader(http.StatusOK)
	return nil
}

// receiptHook is routed by a pattern, which names no path: it is judged
// as the helper it looks like (silent).
func (s *Server) receiptHook(w http.ResponseWriter, r *http.Request, sess *session) error {
	body, err := s.signed(r)
	if err != nil {
		return err
	}
	resp, err := s.crm.Post("https://crm.example.com/api/receipts", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}
