package extsvc

import (
	"context"
	"errors"
	"fmt"
	"net/smtp"
	"time"

	"github.com/go-resty/resty/v2"
)

// OCR reads uploaded permit documents (proof of address, V5C).
type OCR struct{ rc *resty.Client }

func NewOCR(base string) *OCR { return &OCR{rc: resty.New().SetBaseURL(base)} }

// OCRJob is an OCR job.
type OCRJob struct {
	ID     string `json:"id"`
	State  string `json:"state"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

func (o *OCR) Submit(ctx context.Context, docURL string) (string, error) {
	var job OCRJob
	_, err := o.rc.R().SetContext(ctx).SetBody(map[string]string{"url": docURL}).SetResult(&job).Post("/jobs")
	return job.ID, err
}

func (o *OCR) Job(ctx context.Context, id string) (*OCRJob, error) {
	var job OCRJob
	_, err := o.rc.R().SetContext(ctx).SetResult(&job).Get("/jobs/" + id)
	return &job, err
}

// Wait polls an OCR job until it is done; short documents finish in a
// second or two.
func (o *OCR) Wait(ctx context.Context, id string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
		job, err := o.Job(ctx, id)
		if err != nil {
			continue
		}
		switch job.State {
		case "done":
			return job.Text, nil
		case "failed":
			return "", errors.New("ocr: " + job.Reason)
		}
	}
}

// Receipts renders PDF receipts.
type Receipts struct{ rc *resty.Client }

func NewReceipts(base string) *Receipts {
	return &Receipts{rc: resty.New().SetBaseURL(base).SetRetryCount(3).SetRetryWaitTime(time.Second)}
}

// Receipt is a rendered receipt.
type Receipt struct {
	URL string `json:"url"`
}

// Render renders a receipt for a payment and returns its URL.
func (r *Receipts) Render(ctx context.Context, kind, ref string, pence int64) (*Receipt, error) {
	var out Receipt
	resp, err := r.rc.R().SetContext(ctx).
		SetBody(map[string]any{"template": kind, "ref": ref, "amount": pence}).
		SetResult(&out).
		Post("/render")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("receipts: %s", resp.Status())
	}
	return &out, nil
}

// Mailer sends citizen notices through the council's relay.
type Mailer struct {
	addr string
	from string
	auth smtp.Auth
}

func NewMailer(addr, from string, auth smtp.Auth) *Mailer {
	return &Mailer{addr: addr, from: from, auth: auth}
}

// SendNotice mails a notice to a citizen.
func (m *Mailer) SendNotice(to, subject, body string) error {
	msg := "From: " + m.from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, []byte(msg))
}
