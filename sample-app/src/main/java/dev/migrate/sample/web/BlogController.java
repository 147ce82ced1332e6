package dev.migrate.sample.web;

import dev.migrate.sample.blog.Post;
import dev.migrate.sample.blog.PostRepository;
import dev.migrate.sample.blog.Tag;
import dev.migrate.sample.blog.TagRepository;
import dev.migrate.sample.blog.User;
import dev.migrate.sample.blog.UserRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Creates and lists users and posts. Responses are plain records, never entities. */
@RestController
public class BlogController {

    private final UserRepository users;
    private final PostRepository posts;
    private final TagRepository tags;

    public BlogController(UserRepository users, PostRepository posts, TagRepository tags) {
        this.users = users;
        this.posts = posts;
        this.tags = tags;
    }

    public record NewUser(String email, String displayName) {}

    public record UserView(Long id, String email, String displayName) {

        static UserView of(User user) {
            return new UserView(user.getId(), user.getEmail(), user.getDisplayName());
        }
    }

    public record NewPost(Long authorId, String title, String body, List<String> tags) {}

    public record PostView(Long id, String title, String author, String status, List<String> tags, Instant createdAt) {

        static PostView of(Post post) {
            return new PostView(
                    post.getId(),
                    post.getTitle(),
                    post.getAuthor().getEmail(),
                    post.getStatus(),
                    post.getTags().stream().map(Tag::getName).sorted().toList(),
                    post.getCreatedAt());
        }
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public UserView createUser(@RequestBody NewUser request) {
        return UserView.of(users.save(new User(request.email(), request.displayName())));
    }

    @GetMapping("/users")
    @Transactional(readOnly = true)
    public List<UserView> listUsers() {
        return users.findAll().stream().map(UserView::of).toList();
    }

    @PostMapping("/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public PostView createPost(@RequestBody NewPost request) {
        User author = users.findById(request.authorId())
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no user " + request.authorId()));
        Post post = new Post(author, request.title(), request.body(), Instant.now());
        for (String name : request.tags() == null ? List.<String>of() : request.tags()) {
            post.getTags().add(tags.findByName(name).orElseGet(() -> tags.save(new Tag(name))));
        }
        return PostView.of(posts.save(post));
    }

    @GetMapping("/posts")
    @Transactional(readOnly = true)
    public List<PostView> listPosts() {
        return posts.findAll().stream().map(PostView::of).toList();
    }
}
