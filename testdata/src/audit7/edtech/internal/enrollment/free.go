package enrollment

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Handlers serves the learner-facing enrollment routes.
type Handlers struct {
	access *Access
	db     *sql.DB
	mail   Mailer
}

// NewHandlers builds the handlers.
func NewHandlers(db *sql.DB, mail Mailer) *Handlers {
	return &Handlers{access: NewAccess(db), db: db, mail: mail}
}

// Routes mounts the module under /courses.
func (h *Handlers) Routes(r chi.Router) {
	r.Post("/{courseID}/enroll-free", h.EnrollFree)
	r.Post("/{courseID}/complete", h.Complete)
}

// EnrollFree enrolls the signed-in learner in a free course.
func (h *Handlers) EnrollFree(w http.ResponseWriter, r *http.Request) {
	courseID := chi.URLParam(r, "courseID")
	var price int64
	if err := h.db.QueryRowContext(r.Context(), `SELECT price_cents FROM courses WHERE id = $1`, courseID).Scan(&price); err != nil {
		http.Error(w, "no such course", http.StatusNotFound)
		return
	}
	if price != 0 {
		http.Error(w, "this course is paid", http.StatusPaymentRequired)
		return
	}
	userID := r.Header.Get("X-User-ID")
	if err := h.access.Grant(r.Context(), userID, courseID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Complete is called by the player when the last lesson ends: it issues
// the certificate.
func (h *Handlers) Complete(w http.ResponseWriter, r *http.Request) {
	courseID := chi.URLParam(r, "courseID")
	userID := r.Header.Get("X-User-ID")
	var certID string
	err := h.db.QueryRowContext(r.Context(),
		`INSERT INTO certificates (user_id, course_id) VALUES ($1, $2) RETURNING id`, userID, courseID).Scan(&certID)
	if err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_ = h.mail.Send(r.Context(), userID, "certificate", map[string]string{"cert": certID})
	_ = json.NewEncoder(w).Encode(map[string]string{"certificate_id": certID})
}
