// Package boxoffice takes the partner box office's payment notices for
// the concert shop over net/http and marks orders paid with GORM v1.
package boxoffice

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/jinzhu/gorm"

	"legacygormv1/models"
)

// Notices holds the database and the partner's signing secret.
type Notices struct {
	db     *gorm.DB
	secret string
}

type notice struct {
	OrderID uint   `json:"order_id"`
	Status  string `json:"status"`
}

// Routes mounts the listeners.
func (h *Notices) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/boxoffice/paid", h.BoxOfficePaid)
	mux.HandleFunc("/webhooks/boxoffice/paid-signed", h.BoxOfficePaidSigned)
}

// --- reported ---

// BoxOfficePaid marks the order paid on the partner box office's
// posted notice without checking its signature header.
func (h *Notices) BoxOfficePaid(w http.ResponseWriter, r *http.Request) {
	var p notice
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.Model(&models.Order{}).Where("id = ?", p.OrderID).Update("status", "paid") // want "acts on the payment \\(paid state stored by gorm.DB.Update\\)"
	w.WriteHeader(http.StatusOK)
}

// --- silent ---

// BoxOfficePaidSigned checks the box office's HMAC of the body first.
func (h *Notices) BoxOfficePaidSigned(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(h.secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-BoxOffice-Signature"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var p notice
	if err := json.Unmarshal(body, &p); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.Model(&models.Order{}).Where("id = ?", p.OrderID).Update("status", "paid")
	w.WriteHeader(http.StatusOK)
}
