// Package encwrapper: an in-house client whose send helper renders the
// caller's message with the package's own encoder (sorted k=v pairs, no
// encoding/json): the message is still the caller's, so the key in it —
// here a Paystack-style transfer reference — is judged at the call.
package encwrapper

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Msg is a flat message of the gateway.
type Msg map[string]string

// render is a pure encoder: it reads its message and returns text.
func render(m Msg) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%s;", k, m[k])
	}
	return sb.String()
}

func salt() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

type client struct {
	base string
	hc   *http.Client
}

// send stamps a per-request salt (not a key: the provider dedupes on
// reference) and posts the rendered message.
func (c *client) send(path string, m Msg) error {
	m["salt"] = salt()
	req, err := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(render(m)))
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// --- silent ---

// The transfer reference is made once, before the retry: every attempt
// is the same transfer to the provider.
func (c *client) transferStable(recipient, payoutID string, kobo int64) error {
	m := Msg{"recipient": recipient, "amount": fmt.Sprint(kobo), "reference": "po_" + payoutID}
	var err error
	for i := 0; i < 4; i++ {
		if err = c.send("/v1/transfers", m); err == nil {
			return nil
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// --- flagged ---

// A new reference per attempt: a lost answer means a second transfer.
func (c *client) transferFresh(recipient string, kobo int64) error {
	var err error
	for i := 0; i < 4; i++ {
		m := Msg{"recipient": recipient, "amount": fmt.Sprint(kobo), "reference": uuid.NewString()}
		if err = c.send("/v1/transfers", m); err == nil { // want `POST /v1/transfers is retried by a for loop \(line 83\) with an idempotency key made anew on every attempt`
			return nil
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}
