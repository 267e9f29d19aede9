package access

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/smtp"
	"time"

	"audit14/cowork/store"
)

// RenderInvoicePDF renders a corporate invoice to PDF with the internal
// HTML-to-PDF service.
func RenderInvoicePDF(ctx context.Context, rendererURL string, inv *store.CorporateInvoice, html []byte) ([]byte, error) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("files", "index.html")
	fw.Write(html)
	mw.Close()
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, rendererURL+"/forms/chromium/convert/html", bytes.NewReader(buf.Bytes()))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Gotenberg-Output-Filename", "invoice-"+inv.Number)
		resp, err := http.DefaultClient.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK {
			defer resp.Body.Close()
			return io.ReadAll(resp.Body)
		}
		if err == nil {
			resp.Body.Close()
		}
		time.Sleep(200 * time.Millisecond)
	}
	return nil, fmt.Errorf("pdf: invoice %s not rendered", inv.Number)
}

// Mailer sends plain-text mail through the office relay.
type Mailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

// Send mails one message.
func (m *Mailer) Send(to, subject, body string) error {
	msg := "From: " + m.From + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, []byte(msg))
}

// SendReminders mails tomorrow's bookers a reminder with their room.
func SendReminders(ctx context.Context, bookings *store.Bookings, mail *Mailer, emailOf func(memberID string) string) error {
	rows, err := bookings.Upcoming(ctx, 24*time.Hour)
	if err != nil {
		return err
	}
	for _, b := range rows {
		to := emailOf(b.MemberID)
		if to == "" {
			continue
		}
		body := fmt.Sprintf("Your %s %s starts at %s.", b.Kind, b.SpaceID, b.StartsAt.Format("15:04"))
		if err := mail.Send(to, "Your booking tomorrow", body); err != nil {
			return err
		}
	}
	return nil
}
