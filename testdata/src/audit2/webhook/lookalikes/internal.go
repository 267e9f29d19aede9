package lookalikes

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/smtp"
)

type Backoffice struct {
	DB       *sql.DB
	SMTP     string
	OAuthURL string
	HTTP     *http.Client
}

// ExportDone is called by the report worker when an export is ready.
func (b *Backoffice) ExportDone(w http.ResponseWriter, r *http.Request) {
	var cb struct {
		JobID  string `json:"job_id"`
		Status string `json:"status"`
		URL    string `json:"url"`
	}
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	b.DB.Exec(`UPDATE exports SET status = $1, url = $2 WHERE id = $3`, cb.Status, cb.URL, cb.JobID)
	smtp.SendMail(b.SMTP, nil, "noreply@shop.example", []string{"ops@shop.example"},
		[]byte("Subject: export ready\r\n\r\n"+cb.URL))
	w.WriteHeader(http.StatusOK)
}

// OAuthCallback finishes the Google sign-in.
func (b *Backoffice) OAuthCallback(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	resp, err := b.HTTP.PostForm(b.OAuthURL, map[string][]string{"code": {code}, "grant_type": {"authorization_code"}})
	if err != nil {
		http.Error(w, "oauth", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var tok struct {
		Email string `json:"email"`
	}
	json.NewDecoder(resp.Body).Decode(&tok)
	b.DB.Exec(`UPDATE users SET last_login = now(), status = 'active' WHERE email = $1`, tok.Email)
	http.Redirect(w, r, "/", http.StatusFound)
}

// Contact is the contact form; it mails the support inbox.
func (b *Backoffice) Contact(w http.ResponseWriter, r *http.Request) {
	msg := fmt.Sprintf("Subject: contact from %s\r\n\r\n%s", r.FormValue("email"), r.FormValue("message"))
	if err := smtp.SendMail(b.SMTP, nil, "noreply@shop.example", []string{"support@shop.example"}, []byte(msg)); err != nil {
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	b.DB.Exec(`INSERT INTO contact_messages (email, body) VALUES ($1, $2)`, r.FormValue("email"), r.FormValue("message"))
	w.WriteHeader(http.StatusNoContent)
}

// ShipmentEvents receives the carrier's tracking updates.
func (b *Backoffice) ShipmentEvents(w http.ResponseWriter, r *http.Request) {
	var ev struct {
		Tracking string `json:"tracking_number"`
		Status   string `json:"status"`
	}
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	b.DB.Exec(`UPDATE shipments SET status = $1 WHERE tracking_number = $2`, ev.Status, ev.Tracking)
	if ev.Status == "delivered" {
		smtp.SendMail(b.SMTP, nil, "noreply@shop.example", []string{"ops@shop.example"},
			[]byte("Subject: delivered\r\n\r\n"+ev.Tracking))
	}
	w.WriteHeader(http.StatusOK)
}
