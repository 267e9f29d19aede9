// Package chat posts operator notices to a team chat.
package chat

import (
	"context"
	"net/http"
	"strings"
)

// Notifier posts to the chat's incoming webhook.
type Notifier struct {
	url     string
	pending []string
}

// NewNotifier returns a Notifier posting to url.
func NewNotifier(url string) *Notifier { return &Notifier{url: url} }

// Post sends text to the channel now.
func (n *Notifier) Post(ctx context.Context, text string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.url, strings.NewReader(`{"text":"`+text+`"}`))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Queue keeps text for the next digest: nothing leaves the process.
func (n *Notifier) Queue(text string) { n.pending = append(n.pending, text) }
