import { createRouter, createWebHashHistory } from 'vue-router'
import StartView from './views/StartView.vue'
import { loadMessages } from './i18n/parts'

/** The wizard's view with the method texts it shows (they come with the wizard, not with the first load). */
const wizardPart =
  <T>(view: () => Promise<T>) =>
  () =>
    Promise.all([view(), loadMessages('steps')]).then(([v]) => v)

/**
 * Hash history: the built app is a static page that must work from any folder of any plain web server,
 * which cannot rewrite deep links to index.html.
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'start', component: StartView },
    {
      path: '/journey/:id/step/:stepId',
      name: 'step',
      component: wizardPart(() => import('./wizard/WizardView.vue')),
      props: true,
    },
    {
      path: '/journey/:id/check',
      name: 'check',
      component: wizardPart(() => import('./wizard/WizardCheckView.vue')),
      props: true,
    },
    { path: '/journey/:id/map', name: 'map', component: () => import('./map/MapView.vue'), props: true },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})
