package coop.occe.retkoop.platform;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scheduled jobs fire on every node; the job lock lets one of them run each firing.
 */
@SpringBootTest
class JobLockTests {

	@Autowired
	private JobLock lock;

	@Test
	void ofTwoNodesFiringTogetherOneRunsTheJob() throws Exception {
		String job = "test-" + UUID.randomUUID();
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CyclicBarrier fire = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Runnable work = () -> {
				runs.incrementAndGet();
				running.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			};
			Future<Boolean> first = nodes.submit(() -> {
				fire.await();
				return this.lock.runExclusively(job, Duration.ZERO, Duration.ofMinutes(1), work);
			});
			Future<Boolean> second = nodes.submit(() -> {
				fire.await();
				return this.lock.runExclusively(job, Duration.ZERO, Duration.ofMinutes(1), work);
			});
			assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
			// Whichever got the lock is still running: the other gives up without
			// waiting.
			await().atMost(Duration.ofSeconds(10)).until(() -> first.isDone() || second.isDone());
			release.countDown();
			assertThat(first.get() ^ second.get()).as("exactly one ran").isTrue();
			assertThat(runs).hasValue(1);
		}
		finally {
			release.countDown();
			nodes.shutdown();
		}
		assertThat(this.lock.runExclusively(job, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet))
			.as("free again once the run is over")
			.isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void aRunHoldsTheJobAtLeastTheGivenTimeAgainstNodesALittleLate() {
		String job = "test-" + UUID.randomUUID();
		AtomicInteger runs = new AtomicInteger();
		assertThat(this.lock.runExclusively(job, Duration.ofMinutes(1), Duration.ofMinutes(5), runs::incrementAndGet))
			.isTrue();
		assertThat(this.lock.runExclusively(job, Duration.ofMinutes(1), Duration.ofMinutes(5), runs::incrementAndGet))
			.isFalse();
		assertThat(runs).hasValue(1);
	}

}
