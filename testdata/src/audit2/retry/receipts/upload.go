// Package receipts renders receipt PDFs, stores them and mails them.
package receipts

import (
	"bytes"
	"fmt"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
)

// Store uploads receipt PDFs to the document service.
type Store struct {
	base string
	hc   *http.Client
}

// NewStore is built in main.
func NewStore(base string) *Store {
	return &Store{base: base, hc: &http.Client{Timeout: 30 * time.Second}}
}

// UploadReceipt stores the PDF of a paid order's receipt.
func (s *Store) UploadReceipt(orderID string, pdf []byte) error {
	for attempt := 0; attempt < 5; attempt++ {
		req, _ := http.NewRequest(http.MethodPost, s.base+"/receipts/"+orderID+".pdf", bytes.NewReader(pdf))
		req.Header.Set("Content-Type", "application/pdf")
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := s.hc.Do(req)
		if err == nil && resp.StatusCode == http.StatusCreated {
			resp.Body.Close()
			return nil
		}
		if err == nil {
			resp.Body.Close()
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("receipt %s: upload failed", orderID)
}

// Mailer sends the receipt mail through the mail provider's API.
type Mailer struct{ rc *resty.Client }

// NewMailer retries transient mail API failures itself.
func NewMailer(base, key string) *Mailer {
	return &Mailer{rc: resty.New().SetBaseURL(base).SetAuthToken(key).SetRetryCount(5).SetRetryWaitTime(100 * time.Millisecond)}
}

// SendReceipt mails the receipt link to the buyer.
func (m *Mailer) SendReceipt(to, orderID, link string) error {
	resp, err := m.rc.R().
		SetBody(map[string]string{"to": to, "template": "receipt", "order": orderID, "link": link}).
		Post("/v3/mail/send")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("mail: %s", resp.Status())
	}
	return nil
}
