// Package cihooks receives a code host's push webhooks (net/http): the
// body is signed with X-Hub-Signature-256 and checked with HMAC-SHA256,
// then a preview environment is provisioned for the pushed branch on the
// project's tier and the build server is told, before the answer. It is a
// webhook, signed and repeated on timeouts, but of a code host: no payment
// is confirmed, so neither webhookdedupe nor webhookack judge it.
package cihooks

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// Push is the part of a push event the hook reads.
type Push struct {
	Ref        string `json:"ref"`
	Repository struct {
		FullName string `json:"full_name"`
	} `json:"repository"`
}

// Previews provisions preview environments.
type Previews struct {
	builder string
	tiers   map[string]string
}

// ProvisionEnvironment starts a preview of the branch on the project's tier.
func (p *Previews) ProvisionEnvironment(repo, branch, tier string) error {
	body, _ := json.Marshal(map[string]string{"repo": repo, "branch": branch, "tier": tier})
	resp, err := http.Post(p.builder+"/previews", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Hook is the push webhook.
type Hook struct {
	secret   []byte
	previews *Previews
}

// Routes mounts the hook.
func (h *Hook) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/hooks/push", h.Push)
}

// Push checks the signature, then provisions the branch's preview.
func (h *Hook) Push(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(body)
	want := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Hub-Signature-256"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev Push
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	branch := strings.TrimPrefix(ev.Ref, "refs/heads/")
	if err := h.previews.ProvisionEnvironment(ev.Repository.FullName, branch, h.previews.tiers[ev.Repository.FullName]); err != nil {
		http.Error(w, "preview", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
