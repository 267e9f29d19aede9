package resultpage

import (
	"context"
	"net/http"
)

// Surveys stores customer-satisfaction answers.
type Surveys interface {
	Record(ctx context.Context, billID string, score string, completed bool) error
}

// SurveyCallback is the survey vendor's redirect back: status=success
// means the customer finished the survey, not a payment.
func SurveyCallback(s Surveys) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		done := q.Get("status") == "success"
		_ = s.Record(r.Context(), q.Get("bill"), q.Get("score"), done)
		http.Redirect(w, r, "/thanks", http.StatusFound)
	}
}

// Routes registers the result pages.
func Routes(mux *http.ServeMux, p *Pages, s Surveys) {
	mux.HandleFunc("/bills/return", p.Return)
	mux.HandleFunc("/bills/return/checked", p.ReturnChecked)
	mux.HandleFunc("/bills/status", p.Status)
	mux.HandleFunc("/survey/callback", SurveyCallback(s))
}
