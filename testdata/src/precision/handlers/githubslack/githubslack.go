// Package githubslack: GitHub Marketplace and Slack webhooks verified with
// an HMAC of the raw body compared by hmac.Equal, and enforced.
package githubslack

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

type Plans struct{}

func (Plans) ActivateSubscription(ctx context.Context, account int64, plan string) error { return nil }
func (Plans) GrantSeat(ctx context.Context, team, user string) error                     { return nil }

var plans Plans

type Config struct{ GitHubSecret, SlackSecret []byte }

func validSignature(body []byte, header string, secret []byte) bool {
	sig, ok := strings.CutPrefix(header, "sha256=")
	if !ok {
		return false
	}
	got, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hmac.Equal(got, mac.Sum(nil))
}

func (c *Config) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/github", c.githubHook)
	mux.HandleFunc("POST /slack/events", c.slackEvents)
}

type marketplaceEvent struct {
	Action   string `json:"action"`
	Purchase struct {
		Account struct{ ID int64 } `json:"account"`
		Plan    struct{ Name string }
	} `json:"marketplace_purchase"`
}

func (c *Config) githubHook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if !validSignature(body, r.Header.Get("X-Hub-Signature-256"), c.GitHubSecret) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	if r.Header.Get("X-GitHub-Event") != "marketplace_purchase" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	var ev marketplaceEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	if ev.Action == "purchased" {
		_ = plans.ActivateSubscription(r.Context(), ev.Purchase.Account.ID, ev.Purchase.Plan.Name)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (c *Config) slackEvents(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ts := r.Header.Get("X-Slack-Request-Timestamp")
	mac := hmac.New(sha256.New, c.SlackSecret)
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	want := "v0=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Slack-Signature"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev struct{ Team, User string }
	_ = json.Unmarshal(body, &ev)
	_ = plans.GrantSeat(r.Context(), ev.Team, ev.User)
}
