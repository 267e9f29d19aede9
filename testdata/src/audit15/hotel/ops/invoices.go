package ops

import (
	"bytes"
	"context"
	"fmt"
	"net/smtp"
	"text/template"
)

// FolioLine is one item on a tab.
type FolioLine struct {
	Description string
	Qty         int
	UnitMinor   int64
}

// Folio is what the guest is sent after paying a tab.
type Folio struct {
	GuestEmail string
	Outlet     string
	Currency   string
	Lines      []FolioLine
}

// FolioSource loads a tab's folio by its Square order.
type FolioSource interface {
	FolioByOrder(ctx context.Context, squareOrderID string) (*Folio, error)
}

var folioTmpl = template.Must(template.New("folio").Parse(
	`{{range .Lines}}{{.Qty}} x {{.Description}}  {{.Total}}
{{end}}Total {{.Total}}
`))

// Invoices renders and e-mails folios.
type Invoices struct {
	src      FolioSource
	smtpAddr string
	auth     smtp.Auth
	from     string
}

// NewInvoices returns an Invoices sending through smtpAddr.
func NewInvoices(src FolioSource, smtpAddr string, auth smtp.Auth, from string) *Invoices {
	return &Invoices{src: src, smtpAddr: smtpAddr, auth: auth, from: from}
}

func money(minor int64, cur string) string {
	return fmt.Sprintf("%d.%02d %s", minor/100, minor%100, cur)
}

// Render writes the folio as plain text.
func (iv *Invoices) Render(f *Folio) ([]byte, error) {
	type line struct {
		Qty                int
		Description, Total string
	}
	var lines []line
	var total int64
	for _, l := range f.Lines {
		sum := int64(l.Qty) * l.UnitMinor
		total += sum
		lines = append(lines, line{Qty: l.Qty, Description: l.Description, Total: money(sum, f.Currency)})
	}
	var buf bytes.Buffer
	err := folioTmpl.Execute(&buf, map[string]any{"Lines": lines, "Total": money(total, f.Currency)})
	return buf.Bytes(), err
}

// SendFolio e-mails the folio of a settled tab to the guest.
func (iv *Invoices) SendFolio(ctx context.Context, squareOrderID string) error {
	f, err := iv.src.FolioByOrder(ctx, squareOrderID)
	if err != nil {
		return err
	}
	text, err := iv.Render(f)
	if err != nil {
		return err
	}
	msg := []byte("Subject: Your receipt from " + f.Outlet + "\r\n\r\n" + string(text))
	return smtp.SendMail(iv.smtpAddr, iv.auth, iv.from, []string{f.GuestEmail}, msg)
}
