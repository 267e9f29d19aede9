package media

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

func stringsReader(s string) io.Reader { return strings.NewReader(s) }

// Notifier sends learner notifications.
type Notifier interface {
	Send(ctx context.Context, userEmail, template string) error
}

// ZoomHook receives Zoom meeting events for live cohort sessions.
type ZoomHook struct {
	DB     *sql.DB
	Notify Notifier
}

type zoomEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Object struct {
			ID          string `json:"id"`
			Participant struct {
				Email string `json:"email"`
			} `json:"participant"`
		} `json:"object"`
	} `json:"payload"`
}

// Handle is mounted at POST /webhooks/zoom (behind the Zoom verification
// middleware).
func (z *ZoomHook) Handle(w http.ResponseWriter, r *http.Request) {
	var evt zoomEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if evt.Event == "meeting.participant_joined" {
		_, _ = z.DB.ExecContext(r.Context(),
			`INSERT INTO attendance (meeting_id, email, joined_at) VALUES ($1, $2, now())`,
			evt.Payload.Object.ID, evt.Payload.Object.Participant.Email)
		_ = z.Notify.Send(r.Context(), evt.Payload.Object.Participant.Email, "session-started")
	}
	w.WriteHeader(http.StatusOK)
}
