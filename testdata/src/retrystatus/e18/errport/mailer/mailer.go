// Package mailer tells renters by mail: no payment.
package mailer

import (
	"context"
	"net/http"
	"strings"
)

// Mailer posts a notice to the mail relay.
type Mailer struct {
	hc  *http.Client
	url string
}

// New returns a mailer.
func New(url string) *Mailer { return &Mailer{hc: http.DefaultClient, url: url} }

// Notify posts the notice.
func (m *Mailer) Notify(ctx context.Context, pspRef string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.url+"/notices", strings.NewReader(pspRef))
	if err != nil {
		return err
	}
	res, err := m.hc.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
