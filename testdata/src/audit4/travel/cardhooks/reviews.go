package cardhooks

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"net/smtp"
)

// ReviewCallback receives "review published" callbacks from the review
// platform and thanks the guest: no payment, no provider.
type ReviewCallback struct {
	DB       *sql.DB
	SMTPAddr string
}

func (c *ReviewCallback) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var ev struct {
		ReviewID string `json:"review_id"`
		HotelID  string `json:"hotel_id"`
		Email    string `json:"email"`
		Rating   int    `json:"rating"`
	}
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	_, _ = c.DB.ExecContext(r.Context(), `UPDATE hotels SET review_count = review_count + 1 WHERE id = $1`, ev.HotelID)
	_ = smtp.SendMail(c.SMTPAddr, nil, "reviews@example.travel", []string{ev.Email}, []byte("Subject: Thanks for your review\r\n\r\n"))
	w.WriteHeader(http.StatusOK)
}
