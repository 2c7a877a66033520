import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.naming.Context;
import javax.naming.InitialContext;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;

/**
 * Raw Artemis throughput of the same server: persistent text messages from many producers to competing consumers
 * on one queue, through WildFly's remote connection factory (HTTP upgrade on the web port). Producers send for a
 * fixed time (each send waits for the broker's durable write, as a committed send in the application does); the
 * rate counts from the first send to the last message consumed.
 * Usage: ArtemisLoad <http-remoting url> <user> <password> <queue JNDI> <producers> <consumers> <seconds> <body bytes>
 */
public class ArtemisLoad {

    public static void main(String[] args) throws Exception {
        Properties env = new Properties();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
        env.put(Context.PROVIDER_URL, args[0]);
        env.put(Context.SECURITY_PRINCIPAL, args[1]);
        env.put(Context.SECURITY_CREDENTIALS, args[2]);
        InitialContext naming = new InitialContext(env);
        ConnectionFactory factory = (ConnectionFactory) naming.lookup("jms/RemoteConnectionFactory");
        Queue queue = (Queue) naming.lookup(args[3]);
        int producers = Integer.parseInt(args[4]);
        int consumers = Integer.parseInt(args[5]);
        long seconds = Long.parseLong(args[6]);
        String body = "x".repeat(Integer.parseInt(args[7]));
        String user = args[1];
        String password = args[2];

        LongAdder sent = new LongAdder();
        LongAdder received = new LongAdder();
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicLong lastReceived = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Thread> consumerThreads = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            Thread thread = new Thread(() -> {
                try (JMSContext jms = factory.createContext(user, password, JMSContext.AUTO_ACKNOWLEDGE)) {
                    JMSConsumer consumer = jms.createConsumer(queue);
                    while (sending.get() || received.sum() < sent.sum()) {
                        if (consumer.receive(500) != null) {
                            received.increment();
                            lastReceived.set(System.nanoTime());
                        }
                    }
                }
            });
            consumerThreads.add(thread);
        }
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int i = 0; i < producers; i++) {
            Thread thread = new Thread(() -> {
                try (JMSContext jms = factory.createContext(user, password, JMSContext.AUTO_ACKNOWLEDGE)) {
                    JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
                    while (System.nanoTime() < end) {
                        producer.send(queue, body);
                        sent.increment();
                    }
                }
            });
            threads.add(thread);
        }
        consumerThreads.forEach(Thread::start);
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long sentAt = System.nanoTime();
        sending.set(false);
        for (Thread thread : consumerThreads) {
            thread.join(300_000);
        }
        double sendSeconds = (sentAt - start) / 1e9;
        double allSeconds = (lastReceived.get() - start) / 1e9;
        System.out.printf("sent: %d persistent messages of %d bytes by %d producers in %.1f s = %.0f/s%n",
                sent.sum(), body.length(), producers, sendSeconds, sent.sum() / sendSeconds);
        System.out.printf("consumed: %d by %d consumers, the last %.1f s after the last send%n",
                received.sum(), consumers, (lastReceived.get() - sentAt) / 1e9);
        System.out.printf("RAW_RATE=%.1f%n", received.sum() / allSeconds);
        naming.close();
        System.exit(0);
    }
}
