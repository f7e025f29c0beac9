package org.roundtable;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.roundtable.accounts.AccountsRoutes;
import org.roundtable.accounts.AuthTokens;
import org.roundtable.accounts.FirstAdmin;
import org.roundtable.accounts.InvitationCodes;
import org.roundtable.accounts.InvitationStore;
import org.roundtable.accounts.InvitationsRoutes;
import org.roundtable.accounts.PasswordHasher;
import org.roundtable.accounts.StaffStore;
import org.roundtable.attendance.Attendance;
import org.roundtable.attendance.AttendanceStore;
import org.roundtable.audit.AuditLog;
import org.roundtable.audit.AuditRoutes;
import org.roundtable.comments.CommentApiRoutes;
import org.roundtable.comments.CommentPageRoutes;
import org.roundtable.comments.Comments;
import org.roundtable.comments.CommentsPanel;
import org.roundtable.comments.ModerationRoutes;
import org.roundtable.db.DatabaseAddress;
import org.roundtable.db.EmbeddedDatabase;
import org.roundtable.db.Migrations;
import org.roundtable.db.Notifications;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.participants.Participants;
import org.roundtable.payments.PaymentsParts;
import org.roundtable.proposals.ProposalApiRoutes;
import org.roundtable.proposals.ProposalPageRoutes;
import org.roundtable.proposals.ProposalStore;
import org.roundtable.proposals.Proposals;
import org.roundtable.rounds.RoundStore;
import org.roundtable.rounds.RoundsRoutes;
import org.roundtable.rounds.SessionStore;
import org.roundtable.rounds.SessionsRoutes;
import org.roundtable.summaries.SummaryParts;
import org.roundtable.voting.RoomComments;
import org.roundtable.voting.VotingParts;
import org.roundtable.web.Feature;
import org.roundtable.web.Messages;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;
import org.roundtable.web.WebRoot;
import org.roundtable.web.WebServer;

/** One running Roundtable: database, migrations, every feature's routes, and the HTTP server. */
public final class Roundtable implements AutoCloseable {
  private final Vertx vertx;
  private final Notifications notifications;
  private final EmbeddedDatabase embedded;
  private final Collection<Routes.Route> routeTable;
  private final FirstAdmin.SignIn adminSignIn;
  private final Map<String, List<String>> demoCodes;
  private final int port;

  private Roundtable(Vertx vertx, Notifications notifications, EmbeddedDatabase embedded,
                     Collection<Routes.Route> routeTable, FirstAdmin.SignIn adminSignIn,
                     Map<String, List<String>> demoCodes, int port) {
    this.vertx = vertx;
    this.notifications = notifications;
    this.embedded = embedded;
    this.routeTable = routeTable;
    this.adminSignIn = adminSignIn;
    this.demoCodes = demoCodes;
    this.port = port;
  }

  /** Uses DATABASE_URL when set, otherwise starts the embedded PostgreSQL under the data directory. */
  public static Roundtable start(Config config) {
    EmbeddedDatabase embedded = config.databaseUrl().isPresent() ? null : EmbeddedDatabase.start(config.dataDir());
    DatabaseAddress address = config.databaseUrl().map(DatabaseAddress::fromUrl).orElseGet(() -> embedded.address());
    try {
      return start(config, address, embedded);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** Starts against a given database; {@code embedded}, if any, is stopped on close. */
  public static Roundtable start(Config config, DatabaseAddress address, EmbeddedDatabase embedded) {
    Migrations.run(address);
    Vertx vertx = Vertx.vertx();
    Pool pool = PgBuilder.pool()
        // Bounded waiting: when every connection is busy (or PostgreSQL is down) a request waits at most two
        // seconds in a queue of limited length, then is answered 503, instead of piling up without end.
        .with(new PoolOptions().setMaxSize(32).setMaxWaitQueueSize(512)
            .setConnectionTimeout(2).setConnectionTimeoutUnit(TimeUnit.SECONDS))
        // An unreachable PostgreSQL host must fail a connection attempt in seconds, not after a minute.
        .with(new NetClientOptions().setConnectTimeout(2000))
        .connectingTo(address.connectOptions())
        .using(vertx)
        .build();
    WebRoot root = WebRoot.locate();
    Pages pages = new Pages(root, Messages.load(root.messages()));
    boolean secureCookies = config.baseUrl().startsWith("https://");

    AuditLog audit = new AuditLog(pool);
    StaffStore staff = new StaffStore(pool);
    PasswordHasher hasher = new PasswordHasher(vertx);
    RoundStore rounds = new RoundStore(pool);
    SessionStore sessions = new SessionStore(pool);
    ProposalStore proposalStore = new ProposalStore(pool);
    Proposals proposals = new Proposals(vertx, pool, proposalStore, rounds, audit);
    InvitationStore invitations = new InvitationStore(pool, new InvitationCodes());
    // One LISTEN connection for the whole process, shared by every HTTP verticle instance.
    Notifications notifications = await(Notifications.start(vertx, pool, address.connectOptions()));
    AuthTokens tokens = new AuthTokens(pool, notifications);
    ParticipantStore participantStore = new ParticipantStore(pool);
    Comments comments = new Comments(pool, proposalStore, rounds, participantStore, audit);
    VotingParts voting = VotingParts.of(pool, pages, proposals, participantStore, audit, notifications,
        (roundId, limit, lang) -> comments.newest(roundId, limit).map(newest -> newest.stream()
            .map(c -> new RoomComments.RoomComment(c.body(), c.topicName(pages.messages(), lang),
                c.authorName(pages.messages(), lang), c.createdAt()))
            .toList()));
    PaymentsParts payments = PaymentsParts.of(pool, pages, rounds, sessions, participantStore,
        new AttendanceStore(pool), audit);
    Attendance attendance = new Attendance(pool, pages, sessions, rounds, participantStore, invitations, audit,
        config.baseUrl(), List.of(payments.checkInStep()));
    List<Feature> features = new ArrayList<>(List.of(
        new SiteRoutes(pool, pages, root.read("api/openapi.yaml")),
        new AccountsRoutes(pool, pages, staff, tokens, hasher, audit, secureCookies),
        new AuditRoutes(audit, pages),
        new RoundsRoutes(pool, pages, rounds, sessions, proposalStore, audit, config.baseUrl()),
        new SessionsRoutes(pool, pages, rounds, sessions, audit, config.baseUrl(),
            List.of(attendance.sessionChangeStep())),
        new InvitationsRoutes(pool, pages, invitations, rounds, audit, config.baseUrl()),
        new ProposalApiRoutes(proposals),
        new ProposalPageRoutes(proposals, pages)));
    features.addAll(attendance.features());
    features.addAll(payments.features());
    features.addAll(voting.features());
    features.add(new CommentApiRoutes(comments));
    features.add(new CommentPageRoutes(comments, pages));
    features.add(new ModerationRoutes(comments, rounds, pages));
    SummaryParts summaries = SummaryParts.of(vertx, pool, pages, rounds, audit, Clock.systemUTC());
    features.addAll(summaries.features());
    features.addAll(Participants.features(pool, pages, participantStore, invitations, rounds, sessions, proposals,
        tokens, secureCookies, List.of(attendance.withdrawalStep(), voting.withdrawal(), comments.withdrawalStep()),
        List.of(voting.panel(), new CommentsPanel(comments, pages)),
        List.of(attendance.homePanel(), payments.homePanel(), summaries.homePanel())));

    FirstAdmin.SignIn signIn = await(new FirstAdmin(pool, staff, hasher)
        .ensure(config.adminEmail(), config.adminPassword()));

    WebServer server = new WebServer(pages, root, tokens, features, config.trustProxy(), config.maxStreams());
    Collection<Routes.Route> table = Collections.synchronizedSet(new LinkedHashSet<>());
    await(vertx.deployVerticle(() -> new VerticleBase() {
      @Override
      public Future<?> start() {
        return server.listen(vertx, config.port(), table);
      }
    }, new DeploymentOptions().setInstances(Math.max(1, config.httpInstances()))));
    summaries.startDeliveries();
    Map<String, List<String>> demoCodes = config.demo() ? loadDemo(staff, tokens, config.port()) : Map.of();
    return new Roundtable(vertx, notifications, embedded, table, signIn, demoCodes, config.port());
  }

  private static Map<String, List<String>> loadDemo(StaffStore staff, AuthTokens tokens, int port) {
    String adminId = await(staff.all()).stream().filter(m -> m.role() == Role.ADMIN).findFirst().orElseThrow().id();
    String token = await(tokens.issueForStaff(adminId, AuthTokens.Kind.BEARER));
    try {
      return new DemoRound(port, token).loadOnce();
    } finally {
      await(tokens.revoke(token));
    }
  }

  public int port() {
    return port;
  }

  public FirstAdmin.SignIn adminSignIn() {
    return adminSignIn;
  }

  /** With the demo: ten unused invitation codes per group, for the console. */
  public Map<String, List<String>> demoCodes() {
    return demoCodes;
  }

  /** Every route with who may call it, for the role-matrix test. */
  public List<Routes.Route> routeTable() {
    synchronized (routeTable) {
      return List.copyOf(routeTable);
    }
  }

  @Override
  public void close() {
    // The LISTEN connection first, so nothing new arrives while the servers and their streams close.
    await(notifications.close().recover(e -> Future.succeededFuture()));
    await(vertx.close());
    if (embedded != null) {
      embedded.close();
    }
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Start-up step failed: " + e.getMessage(), e);
    }
  }
}
