package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// ---- k22: a sender that only queues its message sends nothing itself --------
//
// mailCall takes a function for a message by its name (SendEmail,
// SendPaymentNotification, SendWhatsApp): a webhook calling it waits for
// the message to go out (webhookack) and sends it again on every delivery
// (webhookdedupe). Yet many such functions do exactly what both rules
// recommend: they put the message on a queue (a RabbitMQ publish, an
// asynq task, a Kafka write, a channel a worker drains) and return; a
// worker sends it, once, later. When the body is in sight the name is not
// the whole story: a sender whose body (or a function of its package it
// calls, two levels down) hands the message to a queue, and that makes no
// outbound call of its own (HTTP, SMTP, a Google API, another sender not
// itself queued), is no message. Its package exports QueuedFact so
// that callers in other packages know it too; a sender whose body is out
// of sight keeps its name's verdict.
//
// chatWords add the chat channels a message to a customer travels on
// to mailCall's words: a WhatsApp or Telegram template sent through a
// gateway's HTTP API is a message as an e-mail is (SendWhatsAppMessage).

// QueuedFact marks a message sender whose body only queues the message.
type QueuedFact struct{}

// AFact marks QueuedFact as a fact.
func (*QueuedFact) AFact() {}

func (*QueuedFact) String() string { return "queues its message" }

// chatWords name the chat channels of a message (after a send verb).
var chatWords = []string{"whatsapp", "whats app", "telegram"}

// chatMessage: ws (a name's words after its verb) name a chat message.
func chatMessage(ws []string) bool { return hasWord(ws, chatWords...) != "" }

// exportQueued exports QueuedFact for the package's queued senders
// (run by the handler model for every package, whatever its relevance:
// a mailer package reaches no payment API).
func exportQueued(pass *analysis.Pass) {
	if pass.Pkg == nil || stdPath(pass.Pkg.Path()) {
		return
	}
	decls, fns := bodiedDecls(pass)
	for _, s := range fns {
		if mailCall(s) && queuesOnly(pass.TypesInfo, decls, decls[s]) {
			pass.ExportObjectFact(s, &QueuedFact{})
		}
	}
}

// queued: fn, a function mailCall takes for a message by its name,
// only queues it (in this package, by its body; elsewhere, by its fact).
func (m *Model) queued(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	fn = fn.Origin()
	if m.inAppNotice(fn) {
		return true // inappnotice.go: a notification row and an in-process fan-out send nothing out
	}
	if fn.Pkg() == m.pass.Pkg {
		return queuesOnly(m.pass.TypesInfo, m.decls, m.decls[fn])
	}
	return m.pass.ImportObjectFact(fn, new(QueuedFact))
}

// queuesOnly: fd hands something to a queue and sends nothing out.
func queuesOnly(info *types.Info, decls map[*types.Func]*ast.FuncDecl, fd *ast.FuncDecl) bool {
	if fd == nil || fd.Body == nil {
		return false
	}
	queued, out := false, false
	seen := map[*ast.FuncDecl]bool{}
	var walk func(body *ast.BlockStmt, depth int)
	walk = func(body *ast.BlockStmt, depth int) {
		ast.Inspect(body, func(n ast.Node) bool {
			if out {
				return false
			}
			switch x := n.(type) {
			case *ast.GoStmt:
				out = true // work of its own in the background: not a plain hand-off
			case *ast.SendStmt:
				queued = true // a channel a worker drains
			case *ast.CallExpr:
				fn, _ := typeutil.Callee(info, x).(*types.Func)
				if fn == nil {
					return true
				}
				fn = fn.Origin()
				switch {
				case queueCall(fn):
					queued = true
				case httpSend(fn) || googleCall(fn) || pkgOf(fn) == "net/smtp":
					out = true
				case fn.Pkg() == nil:
				default:
					callee := decls[fn]
					if callee == nil {
						if mailCall(fn) && !queuePort(fn) {
							out = true // another package's sender: not known to queue
						}
						return true
					}
					if depth < 2 && !seen[callee] && callee.Body != nil {
						seen[callee] = true
						walk(callee.Body, depth+1)
					}
				}
			}
			return !out
		})
	}
	seen[fd] = true
	walk(fd.Body, 0)
	return queued && !out
}

// queueCall: fn hands a message to a broker or a task queue.
func queueCall(fn *types.Func) bool {
	p, n, recv := pkgOf(fn), fn.Name(), recvName(fn)
	switch {
	case p == "github.com/rabbitmq/amqp091-go" || p == "github.com/streadway/amqp":
		return recv == "Channel" && strings.HasPrefix(n, "Publish")
	case p == "github.com/hibiken/asynq":
		return recv == "Client" && (n == "Enqueue" || n == "EnqueueContext")
	case strings.HasPrefix(p, "github.com/RichardKnop/machinery"):
		return recv == "Server" && strings.HasPrefix(n, "Send")
	case p == "github.com/segmentio/kafka-go":
		return recv == "Writer" && n == "WriteMessages"
	case p == "github.com/IBM/sarama" || p == "github.com/Shopify/sarama":
		return n == "SendMessage" || n == "SendMessages" || n == "Input"
	case strings.HasPrefix(p, "github.com/nats-io/nats.go"):
		return strings.HasPrefix(n, "Publish")
	case p == "cloud.google.com/go/pubsub" || strings.HasPrefix(p, "cloud.google.com/go/pubsub/"):
		return n == "Publish"
	case strings.HasPrefix(p, "github.com/aws/aws-sdk-go") && strings.HasSuffix(p, "/sqs"):
		return strings.HasPrefix(n, "SendMessage")
	}
	return false
}
