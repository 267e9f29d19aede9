package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Retries through a message broker's explicit redelivery: a consumer
// that settles each message itself and, when the payment call fails,
// hands the message back to the broker to be delivered again repeats the
// call on the next delivery, as a job queue does (jobs.go). The brokers
// are data (brokers below). Checked against the real module:
//   - rabbitmq/amqp091-go v1.11.0 (delivery.go, channel.go), and its
//     predecessor streadway/amqp, whose API it keeps: a Delivery (ranged
//     from the <-chan Delivery of Channel.Consume, or handed to a
//     handler) is settled by d.Ack(multiple), d.Nack(multiple, requeue)
//     or d.Reject(requeue), or by tag on its channel (ch.Nack(tag,
//     multiple, requeue), ch.Reject(tag, requeue)). requeue=true puts
//     the message back at the head of its queue: it is delivered again
//     at once, with no delay, and (a classic queue) with no attempt cap.
//     requeue=false drops it or dead-letters it: no redelivery. A
//     consumer made with autoAck=true settles nothing itself.
//
// The construct is a Job (its Redelivery says so): Region is what runs
// per delivery (the range loop's body, or the handler's body: a key made
// there is made per delivery, one read from the message is not); Node
// and Pos are the first requeue call on the call's failure path. Only a
// requeue flag that is the constant true counts (d.Nack(false,
// !d.Redelivered) requeues once: not judged), and only on a path where
// the call failed (a branch on its error, after it).

// broker is one message broker client whose consumers settle their own
// deliveries.
type broker struct {
	pkgs     []string // import paths of its client module(s)
	name     string   // the broker, for messages
	delivery string   // the delivery type
	// settle: the methods that hand a delivery back, with the index of
	// their requeue flag and of the delivery tag (-1: a method of the
	// delivery itself).
	settle []settleMethod
	// consume is the method that starts a consumer, autoAck the index of
	// its flag that settles every delivery on receipt.
	consume string
	autoAck int
	// immediate: a requeued message is delivered again at once, with no
	// delay the consumer can set.
	immediate bool
}

type settleMethod struct {
	recv    string
	name    string
	requeue int
	tag     int
}

var brokers = []broker{{
	pkgs:     []string{"github.com/rabbitmq/amqp091-go", "github.com/streadway/amqp"},
	name:     "RabbitMQ",
	delivery: "Delivery",
	settle: []settleMethod{
		{recv: "Delivery", name: "Nack", requeue: 1, tag: -1},
		{recv: "Delivery", name: "Reject", requeue: 0, tag: -1},
		{recv: "Channel", name: "Nack", requeue: 2, tag: 0},
		{recv: "Channel", name: "Reject", requeue: 1, tag: 0},
	},
	consume:   "Consume",
	autoAck:   2,
	immediate: true,
}}

// Redelivery is what a broker's requeue does (Construct.Redelivery).
type Redelivery struct {
	// Broker names the broker ("RabbitMQ").
	Broker string
	// Delivery is the delivery handed back (IsRequeue).
	Delivery types.Object
	// Requeues are the requeue calls on the failed call's path.
	Requeues []*ast.CallExpr
	// Immediate: the broker delivers the message again at once and
	// nothing on the failure path waits before handing it back.
	Immediate bool
}

// IsRequeue reports whether call hands the delivery d back to its
// broker to be delivered again (the requeue flag the constant true).
func (r *Result) IsRequeue(call *ast.CallExpr, d types.Object) bool {
	_, ok := r.requeueOf(call, d)
	return ok
}

func (r *Result) requeueOf(call *ast.CallExpr, d types.Object) (*broker, bool) {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil, false
	}
	b := brokerOf(fn.Pkg())
	sig, _ := fn.Type().(*types.Signature)
	if b == nil || sig == nil || sig.Recv() == nil {
		return nil, false
	}
	recv := namedOf(sig.Recv().Type())
	for _, m := range b.settle {
		if recv == nil || recv.Obj().Name() != m.recv || fn.Name() != m.name || m.requeue >= len(call.Args) || !r.constTrue(call.Args[m.requeue]) {
			continue
		}
		on := call.Fun
		if m.tag >= 0 {
			if m.tag >= len(call.Args) {
				continue
			}
			on = call.Args[m.tag] // ch.Nack(d.DeliveryTag, …)
		} else if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			on = sel.X
		}
		if id := RootIdent(on); id != nil && r.pass.TypesInfo.ObjectOf(id) == d {
			return b, true
		}
	}
	return nil, false
}

func (r *Result) constTrue(e ast.Expr) bool {
	tv, ok := r.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

func brokerOf(p *types.Package) *broker {
	path := trimVendor(p.Path())
	for i := range brokers {
		if oneOf(path, brokers[i].pkgs) {
			return &brokers[i]
		}
	}
	return nil
}

// importsBroker: the package imports a broker client.
func (r *Result) importsBroker() bool {
	for _, p := range r.pass.Pkg.Imports() {
		if brokerOf(p) != nil {
			return true
		}
	}
	return false
}

// isDelivery: t is a broker's delivery (or a pointer to one).
func isDelivery(t types.Type) bool {
	n := namedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	b := brokerOf(n.Obj().Pkg())
	return b != nil && n.Obj().Name() == b.delivery
}

// rangedDelivery returns the value variable of a range over a channel
// of deliveries, with autoAck not the constant true where the channel
// comes from a Consume call of the function.
func (r *Result) rangedDelivery(rs *ast.RangeStmt) types.Object {
	ch, ok := r.pass.TypesInfo.TypeOf(rs.X).Underlying().(*types.Chan)
	if !ok || !isDelivery(ch.Elem()) {
		return nil
	}
	id, _ := rs.Key.(*ast.Ident)
	if id == nil {
		return nil
	}
	if x, ok := ast.Unparen(rs.X).(*ast.Ident); ok {
		if v, ok := r.pass.TypesInfo.Uses[x].(*types.Var); ok && r.autoAcked(v) {
			return nil
		}
	} else if r.autoAcks(rs.X) {
		return nil
	}
	return r.pass.TypesInfo.ObjectOf(id)
}

// autoAcked: some assignment of the file gives v the deliveries of a
// Consume call with autoAck the constant true (msgs, err :=
// ch.Consume(q, "", true, …)).
func (r *Result) autoAcked(v *types.Var) bool {
	file := r.fileOf(v.Pos())
	if file == nil {
		return false
	}
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if found || !ok || len(as.Rhs) != 1 {
			return !found
		}
		for _, lhs := range as.Lhs {
			if id, ok := lhs.(*ast.Ident); ok && r.pass.TypesInfo.ObjectOf(id) == v && r.autoAcks(as.Rhs[0]) {
				found = true
			}
		}
		return !found
	})
	return found
}

// autoAcks: e is a Consume call whose autoAck flag is the constant true.
func (r *Result) autoAcks(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	b := brokerOf(fn.Pkg())
	return b != nil && fn.Name() == b.consume && b.autoAck < len(call.Args) && r.constTrue(call.Args[b.autoAck])
}

// deliveryParam returns the parameter of a handler (a *ast.FuncLit or
// *ast.FuncDecl) that is a delivery, when there is exactly one.
func (r *Result) deliveryParam(fn ast.Node) (types.Object, *ast.BlockStmt) {
	var ft *ast.FuncType
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncLit:
		ft, body = fn.Type, fn.Body
	case *ast.FuncDecl:
		ft, body = fn.Type, fn.Body
	}
	if ft == nil || body == nil || ft.Params == nil {
		return nil, nil
	}
	var out types.Object
	for _, f := range ft.Params.List {
		for _, n := range f.Names {
			if obj := r.pass.TypesInfo.Defs[n]; obj != nil && isDelivery(obj.Type()) {
				if out != nil {
					return nil, nil
				}
				out = obj
			}
		}
	}
	return out, body
}

// redelivery returns the Job construct when cur, in body (what runs per
// delivery of d), hands d back to its broker on its failure path.
func (r *Result) redelivery(d types.Object, body *ast.BlockStmt, cur ast.Node) *Construct {
	if d == nil || body == nil || !within(cur, body) {
		return nil
	}
	calls, b := r.failureRequeues(body, cur, d)
	if len(calls) == 0 {
		return nil
	}
	rd := &Redelivery{Broker: b.name, Delivery: d, Requeues: calls, Immediate: b.immediate && !r.waitsBefore(body, cur, calls)}
	return &Construct{Kind: Job, Name: "the " + b.name + " requeue " + types.ExprString(calls[0]),
		Pos: calls[0].Pos(), Node: calls[0], Region: body, Redelivery: rd}
}

// failureRequeues returns the requeue calls of d after cur in body that
// lie in a branch on cur's outcome that is not its success branch.
func (r *Result) failureRequeues(body *ast.BlockStmt, cur ast.Node, d types.Object) ([]*ast.CallExpr, *broker) {
	var out []*ast.CallExpr
	var found *broker
	r.onFailure(body, cur, func(m ast.Node, guarded bool, _ func(ast.Node) bool) bool {
		if call, ok := m.(*ast.CallExpr); ok && guarded && call.Pos() >= cur.End() {
			if b, ok := r.requeueOf(call, d); ok {
				out, found = append(out, call), b
			}
		}
		return true
	})
	return out, found
}

// waitsBefore: something between cur and the last requeue call may
// wait (a call of package time that sleeps or makes a timer, a select, a
// receive, or a function of the package that does one of these).
func (r *Result) waitsBefore(body *ast.BlockStmt, cur ast.Node, calls []*ast.CallExpr) bool {
	from, to := cur.End(), calls[len(calls)-1].Pos()
	waits := false
	var look func(n ast.Node, depth int)
	look = func(n ast.Node, depth int) {
		ast.Inspect(n, func(m ast.Node) bool {
			if waits || m == nil || depth == 0 && (m.End() <= from || m.Pos() >= to) {
				return false
			}
			switch m := m.(type) {
			case *ast.SelectStmt:
				waits = true
			case *ast.UnaryExpr:
				waits = m.Op == token.ARROW
			case *ast.CallExpr:
				fn := r.staticCallee(m)
				if fn == nil || fn.Pkg() == nil {
					return true
				}
				switch {
				case fn.Pkg().Path() == "time":
					switch fn.Name() {
					case "Sleep", "After", "AfterFunc", "NewTimer", "Tick", "NewTicker":
						waits = true
					}
				case depth < 2:
					if fd := r.decls[fn]; fd != nil {
						look(fd.Body, depth+1)
					}
				}
			}
			return !waits
		})
	}
	look(body, 0)
	return waits
}

// consumer returns the Job construct of a broker's consumer around cur:
// n is a range over a channel of deliveries, or a handler (a function or
// closure) given one delivery.
func (r *Result) consumer(n ast.Node, cur ast.Node) *Construct {
	if !r.importsBroker() {
		return nil
	}
	if rs, ok := n.(*ast.RangeStmt); ok {
		return r.redelivery(r.rangedDelivery(rs), rs.Body, cur)
	}
	d, body := r.deliveryParam(n)
	return r.redelivery(d, body, cur)
}
