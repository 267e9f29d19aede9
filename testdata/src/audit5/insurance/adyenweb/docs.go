package adyenweb

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/smtp"
)

// DocRenderer turns a policy into its PDF schedule (HTML rendered by the
// Gotenberg sidecar) and mails it.
type DocRenderer struct {
	GotenbergURL string
	HTTP         *http.Client
	SMTPAddr     string
	From         string
	Lookup       func(ctx context.Context, ref string) (html []byte, email string, err error)
}

func (d *DocRenderer) render(ctx context.Context, html []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost,
		d.GotenbergURL+"/forms/chromium/convert/html", bytes.NewReader(html))
	if err != nil {
		return nil, err
	}
	resp, err := d.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("gotenberg: %s", resp.Status)
	}
	var buf bytes.Buffer
	_, err = buf.ReadFrom(resp.Body)
	return buf.Bytes(), err
}

func (d *DocRenderer) SendSchedule(ctx context.Context, ref string) error {
	html, email, err := d.Lookup(ctx, ref)
	if err != nil {
		return err
	}
	pdf, err := d.render(ctx, html)
	if err != nil {
		return err
	}
	msg := fmt.Sprintf("Subject: Your policy schedule %s\r\n\r\n%d bytes attached", ref, len(pdf))
	return smtp.SendMail(d.SMTPAddr, nil, d.From, []string{email}, []byte(msg))
}
