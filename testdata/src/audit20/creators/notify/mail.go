// Package notify reaches people and systems outside: e-mail to fans and
// Svix messages to the integrations creators connect (Discord bots,
// Zapier, their own sites).
package notify

import (
	"bytes"
	"fmt"
	"net/smtp"
	"text/template"
)

var downloadTmpl = template.Must(template.New("dl").Parse(`Subject: Your download is ready

Thanks for supporting {{.Creator}}! Grab your file here:
{{.Link}}
The link is valid for 7 days.
`))

// Mailer sends transactional mail.
type Mailer struct {
	addr string
	from string
	auth smtp.Auth
}

// NewMailer builds a Mailer.
func NewMailer(addr, from string) *Mailer { return &Mailer{addr: addr, from: from} }

// SendDownloadLink mails the fan the link to their purchase.
func (m *Mailer) SendDownloadLink(to, creator, link string) error {
	var buf bytes.Buffer
	if err := downloadTmpl.Execute(&buf, map[string]string{"Creator": creator, "Link": link}); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, buf.Bytes())
}
